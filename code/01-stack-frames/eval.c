/* Frames and calls: pushing the frame of a call with its arguments in
   place, and the ways C code starts Python code (a module, a function
   called from C, a class body).  The loop that runs them is ceval.c. */
#include "eval.h"

#include "abstract.h"
#include "classobject.h"
#include "dictobject.h"
#include "errors.h"
#include "funcobject.h"
#include "interp.h"
#include "methodobject.h"
#include "pymem.h"
#include "suggestions.h"
#include "tupleobject.h"
#include "unicodeobject.h"

#include <string.h>

/* ---- frames ---- */

static void
trace_frame(const char *event, Frame *frame)
{
    trace_printf("[frame] %s %s: %zu bytes at chunk %d offset %zu, "
                 "depth %d\n",
                 event, PyUnicode_AsUTF8(frame->code->co_qualname),
                 frame->code->co_framesize,
                 datastack_chunk_index(&interp.stack, frame),
                 datastack_offset(&interp.stack, frame), interp.depth);
}

Frame *
_PyEval_PushFrame(Code *code, PyObject *globals, PyObject *builtins,
                  PyObject *locals, PyObject *func)
{
    Frame *frame = NULL;
    if (interp.depth >= interp.recursion_limit)
        PyErr_Format(EXC_RECURSION, "maximum recursion depth exceeded");
    else
        frame =
            frame_push(&interp.stack, code, globals, builtins, locals, func);
    if (frame == NULL) {
        Py_XDECREF(func);
        return NULL;
    }
    frame->previous = interp.frame;
    interp.frame = frame;
    interp.depth++;
    if (interp.trace)
        trace_frame("push", frame);
    return frame;
}

void
_PyEval_PopFrame(Frame *frame)
{
    if (interp.trace)
        trace_frame("pop ", frame);
    interp.depth--;
    interp.frame = frame->previous;
    frame_pop(&interp.stack, frame);
}

/* ---- binding arguments to parameters ---- */

static void
release_all(PyObject **args, Py_ssize_t n)
{
    for (Py_ssize_t i = 0; i < n; i++)
        Py_XDECREF(args[i]);
}

/* "f() missing 2 required positional arguments: 'a' and 'b'", for the
   parameters from start to end that have no value (format_missing,
   Python/ceval.c, 3.13). */
static void
missing_arguments(PyFunctionObject *fn, PyObject **slots, int start, int end,
                  const char *kind)
{
    Code *code = fn->func_code;
    char names[512] = "";
    int missing = 0, total = 0;
    for (int i = start; i < end; i++)
        total += slots[i] == NULL;
    for (int i = start; i < end; i++) {
        if (slots[i] != NULL)
            continue;
        missing++;
        size_t used = strlen(names);
        const char *sep = missing == 1      ? ""
                          : missing < total ? ", "
                          : total == 2      ? " and "
                                            : ", and ";
        snprintf(names + used, sizeof names - used, "%s'%s'", sep,
                 PyUnicode_AsUTF8(code->co_varnames[i]));
    }
    PyErr_Format(EXC_TYPE, "%s() missing %d required %s argument%s: %s",
                 PyUnicode_AsUTF8(fn->func_qualname), total, kind,
                 total == 1 ? "" : "s", names);
}

/* A keyword the function has no parameter for; 3.13 suggests the
   nearest of its parameters (Python/ceval.c, initialize_locals). */
static void
unexpected_keyword(const char *function, PyObject *keyword, Code *code)
{
    const char *names[256];
    size_t n = 0;
    int total = code->co_argcount + code->co_kwonlyargcount;
    for (int i = code->co_posonlyargcount; i < total && n < 256; i++)
        names[n++] = PyUnicode_AsUTF8(code->co_varnames[i]);
    _PyErr_UnexpectedKeyword(function, PyUnicode_AsUTF8(keyword), names, n);
}

/* f(a=1) for def f(a, /): "f() got some positional-only arguments
   passed as keyword arguments: 'a'", naming each; false if none is
   (positional_only_passed_as_keyword, Python/ceval.c). */
static bool
posonly_as_keyword(PyFunctionObject *fn, PyObject *kwnames)
{
    Code *code = fn->func_code;
    char names[512] = "";
    for (Py_ssize_t k = 0; kwnames != NULL && k < Py_SIZE(kwnames); k++) {
        PyObject *kw = PyTuple_GET_ITEM(kwnames, k);
        for (int i = 0; i < code->co_posonlyargcount; i++) {
            if (PyObject_RichCompareBool(code->co_varnames[i], kw, Py_EQ) != 1)
                continue;
            size_t used = strlen(names);
            snprintf(names + used, sizeof names - used, "%s%s",
                     used ? ", " : "", PyUnicode_AsUTF8(kw));
            break;
        }
    }
    if (*names == '\0')
        return false;
    PyErr_Format(EXC_TYPE,
                 "%s() got some positional-only arguments passed as keyword "
                 "arguments: '%s'",
                 PyUnicode_AsUTF8(fn->func_qualname), names);
    return true;
}

/* "f() takes 2 positional arguments but 3 were given", counting the
   keyword-only ones given too (too_many_positional, Python/ceval.c). */
static void
too_many_positional(PyFunctionObject *fn, PyObject **slots, Py_ssize_t given)
{
    Code *code = fn->func_code;
    int argcount = code->co_argcount, kwonly_given = 0;
    for (int i = argcount; i < argcount + code->co_kwonlyargcount; i++)
        kwonly_given += slots[i] != NULL;
    Py_ssize_t ndefaults = fn->func_defaults ? Py_SIZE(fn->func_defaults) : 0;
    char sig[64], kwonly[96] = "";
    if (ndefaults > 0)
        snprintf(sig, sizeof sig, "from %zd to %d", argcount - ndefaults,
                 argcount);
    else
        snprintf(sig, sizeof sig, "%d", argcount);
    if (kwonly_given > 0)
        snprintf(kwonly, sizeof kwonly,
                 " positional argument%s (and %d keyword-only argument%s)",
                 given != 1 ? "s" : "", kwonly_given,
                 kwonly_given != 1 ? "s" : "");
    PyErr_Format(EXC_TYPE,
                 "%s() takes %s positional argument%s but %zd%s %s "
                 "given",
                 PyUnicode_AsUTF8(fn->func_qualname), sig,
                 ndefaults > 0 || argcount != 1 ? "s" : "", given, kwonly,
                 given == 1 && kwonly_given == 0 ? "was" : "were");
}

/* Put the arguments in the slots of the parameters they name, in the
   order and with the errors of CPython 3.13's initialize_locals: the
   positional ones, the rest of them in *args's tuple, each keyword in
   its parameter's slot or **kwargs's dict, then the defaults of those
   left.  The references in args move to slots; on an error all are
   released. */
static int
bind_arguments(PyFunctionObject *fn, PyObject **args, Py_ssize_t nargs,
               PyObject *kwnames, PyObject **slots)
{
    Code *code = fn->func_code;
    const char *name = PyUnicode_AsUTF8(fn->func_qualname);
    Py_ssize_t nkw = kwnames ? Py_SIZE(kwnames) : 0;
    int argcount = code->co_argcount;
    int total = argcount + code->co_kwonlyargcount;
    bool varargs = code->co_flags & CO_VARARGS;
    PyObject *kwdict = NULL;
    if (code->co_flags & CO_VARKEYWORDS) {
        if ((kwdict = PyDict_New()) == NULL)
            goto fail;
        slots[total + varargs] = kwdict;
    }
    Py_ssize_t n = nargs < argcount ? nargs : argcount;
    for (Py_ssize_t i = 0; i < n; i++) {
        slots[i] = args[i];
        args[i] = NULL;
    }
    if (varargs) {
        PyObject *rest = _PyTuple_FromArray(args + n, nargs - n);
        if (rest == NULL)
            goto fail;
        slots[total] = rest;
        for (Py_ssize_t i = n; i < nargs; i++)
            Py_CLEAR(args[i]); /* the tuple has its own references */
    }
    for (Py_ssize_t k = 0; k < nkw; k++) {
        PyObject *kw = PyTuple_GET_ITEM(kwnames, k);
        int i = code->co_posonlyargcount; /* those take no keyword */
        while (i < total &&
               PyObject_RichCompareBool(code->co_varnames[i], kw, Py_EQ) != 1)
            i++;
        if (i == total && kwdict == NULL) {
            if (!posonly_as_keyword(fn, kwnames))
                unexpected_keyword(name, kw, code);
            goto fail;
        }
        if (i == total) {
            if (PyDict_SetItem(kwdict, kw, args[nargs + k]) < 0)
                goto fail;
            Py_CLEAR(args[nargs + k]);
            continue;
        }
        if (slots[i] != NULL) {
            PyErr_Format(EXC_TYPE, "%s() got multiple values for argument '%s'",
                         name, PyUnicode_AsUTF8(kw));
            goto fail;
        }
        slots[i] = args[nargs + k];
        args[nargs + k] = NULL;
    }
    if (nargs > argcount && !varargs) {
        too_many_positional(fn, slots, nargs);
        goto fail;
    }
    PyObject *defaults = fn->func_defaults;
    int ndefaults = defaults ? (int)Py_SIZE(defaults) : 0;
    int required = argcount - ndefaults;
    for (int i = 0; i < required; i++) {
        if (slots[i] == NULL) {
            missing_arguments(fn, slots, 0, required, "positional");
            goto fail;
        }
    }
    for (int i = required; i < argcount; i++)
        if (slots[i] == NULL)
            slots[i] = Py_NewRef(PyTuple_GET_ITEM(defaults, i - required));
    for (int i = argcount; i < total; i++) {
        if (slots[i] != NULL)
            continue;
        PyObject *value = fn->func_kwdefaults
                              ? PyDict_GetItemWithError(fn->func_kwdefaults,
                                                        code->co_varnames[i])
                              : NULL;
        if (value == NULL && PyErr_Occurred())
            goto fail;
        if (value != NULL)
            slots[i] = Py_NewRef(value);
    }
    for (int i = argcount; i < total; i++) {
        if (slots[i] == NULL) {
            missing_arguments(fn, slots, argcount, total, "keyword-only");
            goto fail;
        }
    }
    return 0;
fail:
    release_all(args, nargs + nkw);
    for (int i = 0; i < _PyCode_NParams(code); i++)
        Py_CLEAR(slots[i]);
    return -1;
}

/* The arguments move from the caller's stack into the new frame's fast
   locals, as CPython's _PyEvalFramePushAndInit moves them: no copy, no
   count changes.  A frame whose arguments do not fit the parameters is
   popped again before it runs, so the traceback does not show it. */
Frame *
_PyEval_PushFunctionFrame(PyObject *func, PyObject **args, Py_ssize_t nargs,
                          PyObject *kwnames)
{
    PyFunctionObject *fn = (PyFunctionObject *)func;
    Code *code = fn->func_code;
    Frame *frame = _PyEval_PushFrame(code, fn->func_globals, fn->func_builtins,
                                     NULL, func);
    if (frame == NULL) {
        release_all(args, nargs + (kwnames ? Py_SIZE(kwnames) : 0));
        return NULL;
    }
    if (kwnames == NULL && nargs == code->co_argcount &&
        code->co_kwonlyargcount == 0 &&
        !(code->co_flags & (CO_VARARGS | CO_VARKEYWORDS))) {
        if (nargs > 0) /* args may be NULL then */
            memcpy(frame->localsplus, args, (size_t)nargs * sizeof *args);
        return frame;
    }
    if (bind_arguments(fn, args, nargs, kwnames, frame->localsplus) < 0) {
        _PyEval_PopFrame(frame);
        return NULL;
    }
    return frame;
}

/* ---- Python code started from C ---- */

PyObject *
_PyFunction_Vectorcall(PyObject *func, PyObject *const *args, Py_ssize_t nargs,
                       PyObject *kwnames)
{
    Py_ssize_t total = nargs + (kwnames ? Py_SIZE(kwnames) : 0);
    PyObject *small[8], **owned = small;
    if (total > 8 &&
        (owned = PyMem_RawMalloc((size_t)total * sizeof *owned)) == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < total; i++)
        owned[i] = Py_NewRef(args[i]);
    PyObject *result = NULL;
    if (Py_EnterRecursiveCall("") < 0) {
        release_all(owned, total);
    } else {
        Frame *frame =
            _PyEval_PushFunctionFrame(Py_NewRef(func), owned, nargs, kwnames);
        if (frame != NULL) {
            frame->is_entry = true;
            result = _PyEval_EvalFrame(frame);
        }
        Py_LeaveRecursiveCall();
    }
    if (owned != small)
        PyMem_RawFree(owned);
    return result;
}

int
eval_module(Code *code, PyObject *globals)
{
    Frame *frame =
        _PyEval_PushFrame(code, globals, interp.builtins, globals, NULL);
    if (frame == NULL)
        return -1;
    frame->is_entry = true;
    PyObject *result = _PyEval_EvalFrame(frame);
    if (result == NULL)
        return -1;
    Py_DECREF(result);
    return 0;
}

/* class A(B): run the body in a frame whose names go to a fresh dict,
   then make the class from that dict (CPython's builtin __build_class__,
   Python/bltinmodule.c). */
static PyObject *
build_class(PyObject *self, PyObject *const *args, Py_ssize_t nargs,
            PyObject *kwnames)
{
    (void)self, (void)kwnames;
    PyFunctionObject *fn = (PyFunctionObject *)args[0];
    PyObject *base = nargs > 2 ? args[2] : (PyObject *)&PyBaseObject_Type;
    if (!PyType_Check(base)) {
        _PyErr_SetBadBase(base);
        return NULL;
    }
    Code *code = fn->func_code;
    PyObject *ns = PyDict_New(), *cls = NULL, *result = NULL;
    if (ns == NULL || Py_EnterRecursiveCall("") < 0) {
        Py_XDECREF(ns);
        return NULL;
    }
    Frame *frame =
        _PyEval_PushFrame(code, fn->func_globals, fn->func_builtins, ns, NULL);
    if (frame != NULL) {
        frame->is_entry = true;
        result = _PyEval_EvalFrame(frame);
    }
    Py_LeaveRecursiveCall();
    if (result != NULL)
        cls = _PyType_FromClassBody(code->co_name, code->co_qualname,
                                    (PyTypeObject *)base, ns);
    Py_XDECREF(result);
    Py_DECREF(ns);
    return cls;
}

static PyMethodDef build_class_def = {"__build_class__", build_class, 2, 3,
                                      false};
static PyCFunctionObject build_class_object = {
    .ob_base = PyObject_HEAD_INIT(&PyCFunction_Type),
    .m_ml = &build_class_def,
};
PyObject *const _PyEval_BuildClass = (PyObject *)&build_class_object;

PyObject *
_PyFrame_LocalsToDict(Frame *frame)
{
    if (frame->locals != NULL)
        return Py_NewRef(frame->locals);
    PyObject *dict = PyDict_New();
    for (int i = 0; dict != NULL && i < frame->code->co_nlocals; i++) {
        PyObject *value = frame->localsplus[i];
        if (value != NULL &&
            PyDict_SetItem(dict, frame->code->co_varnames[i], value) < 0)
            Py_CLEAR(dict);
    }
    return dict;
}
