#ifndef HAVEN_CLIBCSV_SHIM_H
#define HAVEN_CLIBCSV_SHIM_H
// Debian's libcsv-dev installs its header as <csv.h>.
#include <csv.h>
#endif
