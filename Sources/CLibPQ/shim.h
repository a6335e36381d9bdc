// CLibPQ: libpq, PostgreSQL's C client (Debian libpq-dev), for Swift, plus prefixed static inline
// shims for what Swift cannot import cleanly (character-constant macros, C function pointers).
// Only the PilotStore target imports this module.
#ifndef PD_CLIBPQ_SHIM_H
#define PD_CLIBPQ_SHIM_H

#include <postgresql/libpq-fe.h>

// MARK: - Error fields (PG_DIAG_* are character-constant macros)

/// The five-character SQLSTATE of a failed result, or NULL.
static inline const char *pdpq_result_sqlstate(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_SQLSTATE);
}

/// The server's primary message, without severity, SQLSTATE or detail lines, or NULL.
static inline const char *pdpq_result_message(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
}

/// The server's detail line (which values clashed, say), or NULL.
static inline const char *pdpq_result_detail(const PGresult *result) {
    return PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL);
}

// MARK: - Notices

static inline void pdpq_ignore_notice(void *context, const char *message) {
    (void)context;
    (void)message;
}

/// libpq prints every NOTICE ("relation already exists, skipping") to stderr by default, which
/// would land in the middle of the dashboard; errors still arrive as results.
static inline void pdpq_silence_notices(PGconn *connection) {
    PQsetNoticeProcessor(connection, pdpq_ignore_notice, NULL);
}

#endif
