#ifndef SAMPLAN_CXLSXWRITER_SHIM_H
#define SAMPLAN_CXLSXWRITER_SHIM_H
// libxlsxwriter's public API, nothing more. Only the Workbooks module imports this module.
#include <xlsxwriter.h>
#endif
