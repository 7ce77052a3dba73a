/* The attributes CPython 3.13's built-in modules have that minipy has
   (dir(sys), dir(gc) and dir(time) of CPython 3.13.0 on Linux, run on a
   script: sys.ps1 and sys.ps2 exist only at its prompt, and are left
   out), so that a script asking for one minipy lacks is told so, where a
   name CPython lacks too is an AttributeError, as in CPython. */
#include "moduleobject.h"

#include <stdlib.h>
#include <string.h>

static const char *const cpython_sys[] = {
    "__breakpointhook__",
    "__displayhook__",
    "__doc__",
    "__excepthook__",
    "__interactivehook__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
    "__stderr__",
    "__stdin__",
    "__stdout__",
    "__unraisablehook__",
    "_base_executable",
    "_baserepl",
    "_clear_internal_caches",
    "_clear_type_cache",
    "_current_exceptions",
    "_current_frames",
    "_debugmallocstats",
    "_framework",
    "_get_cpu_count_config",
    "_getframe",
    "_getframemodulename",
    "_git",
    "_home",
    "_is_gil_enabled",
    "_is_interned",
    "_setprofileallthreads",
    "_settraceallthreads",
    "_stdlib_dir",
    "_xoptions",
    "abiflags",
    "activate_stack_trampoline",
    "addaudithook",
    "api_version",
    "argv",
    "audit",
    "base_exec_prefix",
    "base_prefix",
    "breakpointhook",
    "builtin_module_names",
    "byteorder",
    "call_tracing",
    "copyright",
    "deactivate_stack_trampoline",
    "displayhook",
    "dont_write_bytecode",
    "exc_info",
    "excepthook",
    "exception",
    "exec_prefix",
    "executable",
    "exit",
    "flags",
    "float_info",
    "float_repr_style",
    "get_asyncgen_hooks",
    "get_coroutine_origin_tracking_depth",
    "get_int_max_str_digits",
    "getallocatedblocks",
    "getdefaultencoding",
    "getdlopenflags",
    "getfilesystemencodeerrors",
    "getfilesystemencoding",
    "getprofile",
    "getrecursionlimit",
    "getrefcount",
    "getsizeof",
    "getswitchinterval",
    "gettrace",
    "getunicodeinternedsize",
    "hash_info",
    "hexversion",
    "implementation",
    "int_info",
    "intern",
    "is_finalizing",
    "is_stack_trampoline_active",
    "maxsize",
    "maxunicode",
    "meta_path",
    "modules",
    "monitoring",
    "orig_argv",
    "path",
    "path_hooks",
    "path_importer_cache",
    "platform",
    "platlibdir",
    "prefix",
    "pycache_prefix",
    "set_asyncgen_hooks",
    "set_coroutine_origin_tracking_depth",
    "set_int_max_str_digits",
    "setdlopenflags",
    "setprofile",
    "setrecursionlimit",
    "setswitchinterval",
    "settrace",
    "stderr",
    "stdin",
    "stdlib_module_names",
    "stdout",
    "thread_info",
    "unraisablehook",
    "version",
    "version_info",
    "warnoptions",
};

static const char *const cpython_gc[] = {
    "DEBUG_COLLECTABLE",
    "DEBUG_LEAK",
    "DEBUG_SAVEALL",
    "DEBUG_STATS",
    "DEBUG_UNCOLLECTABLE",
    "__doc__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
    "callbacks",
    "collect",
    "disable",
    "enable",
    "freeze",
    "garbage",
    "get_count",
    "get_debug",
    "get_freeze_count",
    "get_objects",
    "get_referents",
    "get_referrers",
    "get_stats",
    "get_threshold",
    "is_finalized",
    "is_tracked",
    "isenabled",
    "set_debug",
    "set_threshold",
    "unfreeze",
};

static const char *const cpython_time[] = {
    "CLOCK_BOOTTIME",
    "CLOCK_MONOTONIC",
    "CLOCK_MONOTONIC_RAW",
    "CLOCK_PROCESS_CPUTIME_ID",
    "CLOCK_REALTIME",
    "CLOCK_TAI",
    "CLOCK_THREAD_CPUTIME_ID",
    "_STRUCT_TM_ITEMS",
    "__doc__",
    "__loader__",
    "__name__",
    "__package__",
    "__spec__",
    "altzone",
    "asctime",
    "clock_getres",
    "clock_gettime",
    "clock_gettime_ns",
    "clock_settime",
    "clock_settime_ns",
    "ctime",
    "daylight",
    "get_clock_info",
    "gmtime",
    "localtime",
    "mktime",
    "monotonic",
    "monotonic_ns",
    "perf_counter",
    "perf_counter_ns",
    "process_time",
    "process_time_ns",
    "pthread_getcpuclockid",
    "sleep",
    "strftime",
    "strptime",
    "struct_time",
    "thread_time",
    "thread_time_ns",
    "time",
    "time_ns",
    "timezone",
    "tzname",
    "tzset",
};

static const struct {
    const char *module;
    const char *const *names;
    size_t n;
} cpython_modules[] = {
#define MODULE(NAME)                                                           \
    {                                                                          \
#NAME, cpython_##NAME, sizeof cpython_##NAME / sizeof *cpython_##NAME  \
    }
    MODULE(sys),
    MODULE(gc),
    MODULE(time),
#undef MODULE
};

static int
compare(const void *key, const void *item)
{
    return strcmp(key, *(const char *const *)item);
}

bool
_PyModule_IsCPythons(const char *module, const char *name)
{
    size_t n = sizeof cpython_modules / sizeof *cpython_modules;
    for (size_t i = 0; i < n; i++)
        if (strcmp(cpython_modules[i].module, module) == 0)
            return bsearch(name, cpython_modules[i].names, cpython_modules[i].n,
                           sizeof(const char *), compare) != NULL;
    return false;
}
