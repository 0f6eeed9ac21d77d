// libpq, as the PostgreSQL adapter (VConPostgres) sees it.
#ifndef CLIBPQ_SHIM_H
#define CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
