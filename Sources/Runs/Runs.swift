// The run layer (issue 12): running any scenario kind, `compare`, `sweep`, `batch` and `merge`,
// assembling the result folder (one place writes run.json), mapping any error to an exit status and
// a message, and reporting progress through a callback. The command line (`samplan`) and the
// workbench server (`Serve/`) are its two callers; neither re-implements a step of a run.
//
// Layering: CGLPK → LinearProgramming / GLPKBackend → PlanningData / Scenario
//   → SummerPlan / LevelStructuring → Reports → Workbooks → Runs → samplan.
// Scenario-file types end here: the planners below take plain inputs (`Inputs/`).
