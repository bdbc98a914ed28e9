#ifndef SAMPLAN_CGLPK_SHIM_H
#define SAMPLAN_CGLPK_SHIM_H
// GLPK's public API, nothing more. Only GLPKBackend imports this module.
#include <glpk.h>
#endif
