#define _POSIX_C_SOURCE 200809L /* clock_gettime */
/* The time module, as much of it as a benchmark needs: a clock to read
   around the code it times.  CPython's perf_counter reads the same
   clock on Linux, CLOCK_MONOTONIC (Python/pytime.c, v3.13.0:
   py_get_monotonic_clock); minipy has ints only, so it offers the
   nanosecond form, perf_counter_ns, and says so if asked for the float
   one. */
#include "sysmodule.h"

#include "errors.h"
#include "longobject.h"
#include "moduleobject.h"

#include <time.h>

static PyObject *
time_perf_counter_ns(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                     PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) {
        PyErr_Format(EXC_RUNTIME, "clock_gettime(CLOCK_MONOTONIC) failed");
        return NULL;
    }
    return PyLong_FromLong((int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec);
}

static PyObject *
time_perf_counter(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
                  PyObject *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    PyErr_Format(EXC_NOT_IMPLEMENTED,
                 "time.perf_counter() returns a float, and minipy has no "
                 "floats: use time.perf_counter_ns()");
    return NULL;
}

static PyMethodDef time_functions[] = {
    {"perf_counter_ns", time_perf_counter_ns, 0, 0, false},
    {"perf_counter", time_perf_counter, 0, 0, false},
    {NULL, NULL, 0, 0, false},
};

PyObject *
_PyTime_Create(void)
{
    return PyModule_New("time", time_functions);
}
