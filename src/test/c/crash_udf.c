/*
 * crash_udf.c -- a MariaDB/MySQL loadable function library that crashes the server on purpose,
 * from inside the connection thread that runs the query. Test fixture for mycrash's end-to-end
 * tests (src/test/e2e/crash-udf.sh); never install it on a server that matters.
 *
 * Build: gcc -O0 -g -fPIC -shared -o crash_udf.so crash_udf.c
 * Use:   CREATE FUNCTION crash_segv RETURNS INTEGER SONAME 'crash_udf.so';
 *        SELECT crash_segv();
 *
 * Each crash_X function follows the UDF calling convention for an INTEGER function:
 *   my_bool X_init(UDF_INIT *, UDF_ARGS *, char *message);
 *   long long X(UDF_INIT *, UDF_ARGS *, char *is_null, char *error);
 * The server's headers are not needed: the structures are only passed through as pointers.
 */
#include <assert.h>
#include <signal.h>
#include <stdlib.h>

typedef char udf_bool;
struct UDF_INIT;
struct UDF_ARGS;

#define CRASH_UDF_INIT(name)                                                        \
  udf_bool name##_init(struct UDF_INIT *init, struct UDF_ARGS *args, char *message) { \
    (void)init; (void)args; (void)message;                                          \
    return 0;                                                                       \
  }

/* A read through a near-null pointer: SIGSEGV with si_addr 0x10. */
CRASH_UDF_INIT(crash_segv)
long long crash_segv(struct UDF_INIT *init, struct UDF_ARGS *args, char *is_null, char *error) {
  (void)init; (void)args; (void)is_null; (void)error;
  volatile long long *nowhere = (volatile long long *)0x10;
  return *nowhere;
}

/* abort(): SIGABRT raised by the thread itself, as an assertion would. */
CRASH_UDF_INIT(crash_abort)
long long crash_abort(struct UDF_INIT *init, struct UDF_ARGS *args, char *is_null, char *error) {
  (void)init; (void)args; (void)is_null; (void)error;
  abort();
}

/* A failing glibc assert(): prints "Assertion `...' failed." to stderr, then SIGABRT. */
CRASH_UDF_INIT(crash_assert)
long long crash_assert(struct UDF_INIT *init, struct UDF_ARGS *args, char *is_null, char *error) {
  (void)init; (void)args; (void)is_null; (void)error;
  volatile int rows_expected = 0;
  assert(rows_expected > 0);
  return rows_expected;
}

/* Integer division by zero: SIGFPE. */
CRASH_UDF_INIT(crash_fpe)
long long crash_fpe(struct UDF_INIT *init, struct UDF_ARGS *args, char *is_null, char *error) {
  (void)init; (void)args; (void)is_null; (void)error;
  volatile int dividend = 7, divisor = 0;
  return dividend / divisor;
}
