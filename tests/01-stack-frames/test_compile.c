/* The compiler: the bytecode of each construct, set beside what CPython
   3.13 compiles from the same source; the fields of the code objects;
   jumps too long for one byte; the line table, through tracebacks. */
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "minipy_test.h"

#include "compile.h"

/* Read minipy's --dis listing and CPython's dis of the same script as
   lists of (instruction, argument shown), code object by code object,
   and print OK if they are the same.  What the listings are allowed to
   differ in, each a choice CPython 3.13 makes that minipy does not:
   - TO_BOOL before a test, NOP, and END_FOR (with its POP_TOP) after a
     for loop: our POP_JUMP_IF_* tests truth itself, FOR_ITER pops the
     exhausted iterator;
   - superinstructions (LOAD_FAST_LOAD_FAST and friends) are split in
     two, LOAD_FAST_CHECK is LOAD_FAST;
   - a class body's __firstlineno__ and __static_attributes__;
   - COMPARE_OP's bool() flag, jump offsets (CPython's count inline
     caches) and argument numbers (its functions keep None first in
     co_consts);
   - CPython copies an exit block for each path to it: a run of equal
     returns counts as one. */
static const char compare_program[] =
    "import dis, re, sys, types\n"
    "SUPER = ('LOAD_FAST_LOAD_FAST', 'STORE_FAST_LOAD_FAST',\n"
    "         'STORE_FAST_STORE_FAST')\n"
    "def normalize(items):\n"
    "    out = []\n"
    "    i = 0\n"
    "    while i < len(items):\n"
    "        op, rep = items[i]\n"
    "        i += 1\n"
    "        if op in ('TO_BOOL', 'NOP', 'CACHE'):\n"
    "            continue\n"
    "        if op == 'END_FOR':\n"
    "            if i < len(items) and items[i][0] == 'POP_TOP':\n"
    "                i += 1\n"
    "            continue\n"
    "        if op in SUPER:\n"
    "            a, b = rep.split(', ')\n"
    "            first, second = op.split('_FAST_')\n"
    "            out += [(first + '_FAST', a), (second, b)]\n"
    "            continue\n"
    "        if op == 'LOAD_FAST_CHECK':\n"
    "            op = 'LOAD_FAST'\n"
    "        if (op == 'LOAD_CONST' and i < len(items)\n"
    "                and items[i][0] == 'STORE_NAME' and items[i][1] in\n"
    "                ('__firstlineno__', '__static_attributes__')):\n"
    "            i += 1\n"
    "            continue\n"
    "        if op == 'COMPARE_OP':\n"
    "            rep = rep.replace('bool(', '').replace(')', '')\n"
    "        if rep.startswith('to L'):\n"
    "            rep = ''\n"
    "        m = re.match(r'<code object (\\S+) at', rep)\n"
    "        if m:\n"
    "            rep = 'code ' + m.group(1)\n"
    "        if op.startswith('RETURN') and out and out[-1] == (op, rep):\n"
    "            continue\n"
    "        out.append((op, rep))\n"
    "    return out\n"
    "def cpython(path, mode):\n"
    "    blocks = []\n"
    "    def walk(co):\n"
    "        blocks.append((co.co_name, normalize(\n"
    "            [(i.opname, i.argrepr) for i in dis.get_instructions(co)])))\n"
    "        for c in co.co_consts:\n"
    "            if isinstance(c, types.CodeType):\n"
    "                walk(c)\n"
    "    walk(compile(open(path).read(), path, mode))\n"
    "    return blocks\n"
    "def minipy(text):\n"
    "    blocks = [('<module>', [])]\n"
    "    for line in text.splitlines():\n"
    "        m = re.match(r'Disassembly of <code object (\\S+) at', line)\n"
    "        if m:\n"
    "            blocks.append((m.group(1), []))\n"
    "            continue\n"
    "        m = re.match(r'^\\s*(\\d+)?\\s+(L\\d+:)?\\s*([A-Z_0-9]+)'\n"
    "                     r'(\\s+\\d+)?(?: \\((.*)\\))?$', line)\n"
    "        if m:\n"
    "            blocks[-1][1].append((m.group(3), m.group(5) or ''))\n"
    "    return [(n, normalize(b)) for n, b in blocks]\n"
    "a = cpython(sys.argv[1], sys.argv[3] if len(sys.argv) > 3 else 'exec')\n"
    "b = minipy(open(sys.argv[2]).read())\n"
    "if a == b:\n"
    "    print('OK')\n"
    "else:\n"
    "    import difflib\n"
    "    for (na, ia), (nb, ib) in zip(a, b):\n"
    "        if (na, ia) != (nb, ib):\n"
    "            print('in', na, nb)\n"
    "            print('\\n'.join(difflib.unified_diff(\n"
    "                [' '.join(x) for x in ia], [' '.join(x) for x in ib],\n"
    "                'cpython', 'minipy', lineterm='')))\n"
    "    if len(a) != len(b):\n"
    "        print(len(a), 'code objects in CPython,', len(b), 'in minipy')\n";

/* minipy --dis on source, and CPython 3.13's dis of it compiled in mode
   ("exec" for a file, "single" for a statement typed at the prompt,
   which minipy reads from standard input with -i), compared. */
static void
assert_compiles_in_mode_as_cpython(const char *source, const char *mode)
{
    const char *python = python313_path();
    if (python == NULL) {
        skip();
    }
    RunResult mp;
    if (strcmp(mode, "single") == 0) {
        const char *path = mp_write_script(source);
        char *argv[] = {
            "/bin/sh",  "-c",         "exec \"$0\" --dis -i -q <\"$1\"",
            MINIPY_BIN, (char *)path, NULL};
        mp = mp_run_argv(argv, RUN_TIMEOUT);
    } else {
        mp = run_minipy_opts("--dis", source);
    }
    assert_exit_status(&mp, 0);
    const char *listing = mp_write_bytes("listing.txt", mp.out, mp.out_len);
    char listing_path[256];
    snprintf(listing_path, sizeof listing_path, "%s", listing);
    const char *script = mp_write_script(source);
    char *argv[] = {
        (char *)python, "-S",         "-c",         (char *)compare_program,
        (char *)script, listing_path, (char *)mode, NULL};
    RunResult py = mp_run_argv(argv, RUN_TIMEOUT);
    unlink(listing_path);
    if (strcmp(py.out, "OK\n") != 0) {
        fail_msg("source:\n%s\nminipy --dis:\n%s\ndifferences:\n%s%s", source,
                 mp.out, py.out, py.err);
    }
    mp_free_result(&mp);
    mp_free_result(&py);
}

static void
assert_compiles_as_cpython(const char *source)
{
    assert_compiles_in_mode_as_cpython(source, "exec");
}

static void
test_names_constants_and_arithmetic(void **state)
{
    (void)state;
    assert_compiles_as_cpython("x = 1\n"
                               "y = x + 2 * x - x // 3 % 4\n"
                               "x = y = 'shared'\n"
                               "print(x, y, None, True)\n");
}

static void
test_functions_fast_locals_and_globals(void **state)
{
    (void)state;
    assert_compiles_as_cpython("def fib(n):\n"
                               "    if n < 2:\n"
                               "        return n\n"
                               "    return fib(n - 1) + fib(n - 2)\n"
                               "def g(a, b):\n"
                               "    global total\n"
                               "    total = a\n"
                               "    c = a - b\n"
                               "    del c\n"
                               "    return\n"
                               "print(fib(10), g(1, b=2))\n");
}

static void
test_attributes_subscripts_and_slices(void **state)
{
    (void)state;
    assert_compiles_as_cpython("a.b = c[d]\n"
                               "x = a.b.c\n"
                               "w = x[a:b]\n"
                               "v = x[a:b:c]\n"
                               "x[a:] = w\n"
                               "x[d] = v\n"
                               "del a.b, c[d]\n");
}

static void
test_displays_and_unpacking(void **state)
{
    (void)state;
    assert_compiles_as_cpython("x = [a, b]\n"
                               "y = (a, b)\n"
                               "z = {a: b, c: d}\n"
                               "e = []\n"
                               "a, b = c\n"
                               "[a, (b, c)] = d\n");
}

static void
test_augmented_assignment(void **state)
{
    (void)state;
    assert_compiles_as_cpython("x += 1\n"
                               "x -= y\n"
                               "x *= 2\n"
                               "a.b += 1\n"
                               "a[i] %= 3\n"
                               "def f(n):\n"
                               "    n //= 2\n"
                               "    return n\n");
}

static void
test_unary_and_comparison_operators(void **state)
{
    (void)state;
    assert_compiles_as_cpython("x = -a\n"
                               "y = +a\n"
                               "z = not a\n"
                               "q = a is b, a is not b, a in b, a not in b\n"
                               "r = a == b, a != b, a <= b, a > b, a >= b\n"
                               "s = a < b < c\n");
}

static void
test_and_or_and_conditional_expressions(void **state)
{
    (void)state;
    assert_compiles_as_cpython("x = a and b\n"
                               "y = a or b or c\n"
                               "z = a if b else c\n");
}

static void
test_if_elif_else(void **state)
{
    (void)state;
    assert_compiles_as_cpython("if x:\n"
                               "    y = 1\n"
                               "elif z:\n"
                               "    y = 2\n"
                               "else:\n"
                               "    y = 3\n"
                               "if y:\n"
                               "    pass\n"
                               "print(y)\n");
}

static void
test_while_loops_break_and_continue(void **state)
{
    (void)state;
    assert_compiles_as_cpython("while x < 10:\n"
                               "    x = x + 1\n"
                               "    if x == 3:\n"
                               "        continue\n"
                               "    if x == 7:\n"
                               "        break\n"
                               "print(x)\n");
}

static void
test_for_loops_break_continue_and_return(void **state)
{
    (void)state;
    assert_compiles_as_cpython("for i in x:\n"
                               "    if i:\n"
                               "        break\n"
                               "    continue\n"
                               "def first(items):\n"
                               "    for i in items:\n"
                               "        for j in i:\n"
                               "            return j\n"
                               "print(first([[1]]))\n");
}

static void
test_classes_methods_and_keyword_calls(void **state)
{
    (void)state;
    assert_compiles_as_cpython("class A(B):\n"
                               "    size = 1\n"
                               "    def m(self, x):\n"
                               "        self.x = x\n"
                               "        return self.x.y(x, k=x)\n"
                               "class C:\n"
                               "    pass\n"
                               "a = A()\n"
                               "a.m(1)\n"
                               "print(a, sep='', end='')\n");
}

static void
test_imports_and_module_attributes(void **state)
{
    (void)state;
    assert_compiles_as_cpython("import sys\n"
                               "sys.setrecursionlimit(100)\n"
                               "def f():\n"
                               "    return sys.getrecursionlimit()\n");
}

/* An argument past 255 takes an EXTENDED_ARG, and a jump over a long
   body needs one: the jumps still land where CPython's do. */
static void
test_long_jumps_take_an_extended_argument(void **state)
{
    (void)state;
    char source[16384] = "x = 0\nif x < 1:\n";
    for (int i = 0; i < 150; i++) {
        strcat(source, "    x = x + 1\n");
    }
    strcat(source, "print(x)\n");
    RunResult r = run_minipy_opts("--dis", source);
    assert_exit_status(&r, 0);
    assert_true(matches(r.out, "EXTENDED_ARG +[0-9]+\n +POP_JUMP_IF_FALSE"));
    mp_free_result(&r);
    assert_compiles_as_cpython(source);
    assert_same_as_python(source);
}

/* The fields of a code object, beside CPython's for the same function:
   its counts of arguments and locals, its names, and the stack it
   needs. */
static void
test_code_object_fields_are_cpythons(void **state)
{
    (void)state;
    const char *python = python313_path();
    if (python == NULL) {
        skip();
    }
    const char *source = "def area(width, height):\n"
                         "    result = width * height\n"
                         "    return result\n"
                         "def many(a, b, c):\n"
                         "    return [a, (b, c), {a: b}, a.f(b, c)]\n"
                         "def call(f, x):\n"
                         "    return f(x, f(x, f(x, x)))\n"
                         "def loops(items):\n"
                         "    total = 0\n"
                         "    for i in items:\n"
                         "        for j in i:\n"
                         "            total += len(j)\n"
                         "    return total\n";
    static const char program[] =
        "import sys, types\n"
        "co = compile(open(sys.argv[1]).read(), 'script.py', 'exec')\n"
        "for c in co.co_consts:\n"
        "    if isinstance(c, types.CodeType):\n"
        "        print(c.co_name, c.co_argcount, c.co_nlocals,\n"
        "              c.co_stacksize, ','.join(c.co_varnames),\n"
        "              ','.join(c.co_names))\n";
    RunResult py = run_python_program(python, program, source);
    assert_exit_status(&py, 0);
    assert_int_equal(compile_module(&interp.module, source), 0);
    interp.module_loaded = true;
    char ours[4096] = "";
    Code *module = interp.module.code;
    for (int i = 0; i < module->co_nconsts; i++) {
        if (!PyCode_Check(module->co_consts[i])) {
            continue;
        }
        Code *c = (Code *)module->co_consts[i];
        char *end = ours + strlen(ours);
        end += sprintf(end, "%s %d %d %d ", PyUnicode_AsUTF8(c->co_name),
                       c->co_argcount, c->co_nlocals, c->co_stacksize);
        for (int k = 0; k < c->co_nlocals; k++) {
            end += sprintf(end, "%s%s", k ? "," : "",
                           PyUnicode_AsUTF8(c->co_varnames[k]));
        }
        *end++ = ' ';
        for (int k = 0; k < c->co_nnames; k++) {
            end += sprintf(end, "%s%s", k ? "," : "",
                           PyUnicode_AsUTF8(c->co_names[k]));
        }
        strcpy(end, "\n");
        assert_int_equal(c->co_framesize, frame_size(c));
    }
    assert_string_equal(ours, py.out);
    mp_free_result(&py);
}

/* Equal constants of one code object share a slot, so they are one
   object, as in CPython. */
static void
test_equal_constants_are_one_object(void **state)
{
    (void)state;
    assert_same_as_python("a = 1000\n"
                          "b = 1000\n"
                          "print(a is b)\n"
                          "s = 'text'\n"
                          "t = 'text'\n"
                          "print(s is t)\n");
}

/* The lines of 'File ..., line N' in a traceback. */
static void
traceback_lines(const char *err, char *out, size_t size)
{
    out[0] = '\0';
    for (const char *p = err; (p = strstr(p, ", line ")) != NULL; p++) {
        int line;
        if (sscanf(p, ", line %d", &line) == 1) {
            size_t used = strlen(out);
            snprintf(out + used, size - used, "%d ", line);
        }
    }
}

/* The line table gives every instruction its statement's line: a
   traceback names the same lines as CPython's, in every frame. */
static void
test_tracebacks_name_cpythons_lines(void **state)
{
    (void)state;
    const char *scripts[] = {
        "def inner(x):\n"
        "    y = x + 1\n"
        "    return y // 0\n"
        "def outer(items):\n"
        "    total = 0\n"
        "    for i in items:\n"
        "        total = total + inner(i)\n"
        "    return total\n"
        "print('start')\n"
        "outer([1, 2])\n",
        "class A:\n"
        "    def __init__(self):\n"
        "        self.x = missing\n"
        "x = 1\n"
        "while x < 5:\n"
        "    x = x + 1\n"
        "    if x == 3:\n"
        "        A()\n",
        "def f(n):\n"
        "    if n == 0:\n"
        "        return [][1]\n"
        "    return f(n - 1)\n"
        "f(3)\n",
        /* the line of the part of a statement that fails */
        "def g(a,\n"
        "      b):\n"
        "    return (a +\n"
        "            b)\n"
        "class K:\n"
        "    pass\n"
        "k = K()\n"
        "try:\n"
        "    print(1,\n"
        "          1 // 0)\n"
        "except ZeroDivisionError:\n"
        "    pass\n"
        "x = [1,\n"
        "     g(1,\n"
        "       None),\n"
        "     (k\n"
        "      .missing)]\n",
        "k = [1]\n"
        "y = (k\n"
        "     .append(2),\n"
        "     k[\n"
        "       5])\n",
        "d = {}\n"
        "d['a'] = (1,\n"
        "          d['b'])\n",
    };
    for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++) {
        RunResult py = run_python(scripts[i]);
        RunResult mp = run_minipy(scripts[i]);
        char py_lines[256], mp_lines[256];
        traceback_lines(py.err, py_lines, sizeof py_lines);
        traceback_lines(mp.err, mp_lines, sizeof mp_lines);
        assert_exit_status(&mp, 1);
        assert_string_equal(mp_lines, py_lines);
        mp_free_result(&py);
        mp_free_result(&mp);
    }
}

/* ---- `is` with a literal: CPython's SyntaxWarning ---- */

/* Literals the parser makes, in every chapter: each comparison with one
   warns once, its first; None, True and False, names, lists and a
   product too big to fold do not; code that never runs warns too. */
static const char plain_is_literals[] =
    "x = 500\n"
    "y = [1]\n"
    "print(x is 500, x == 500)\n"
    "print(x is not 'a', 1 is x, 'b' is not x)\n"
    "print(x is None, x is True, x is not False, None is x, x is y)\n"
    "print(x is [1], x is y is 3, 1 is 2 is x, x == 1 is x)\n"
    "print(x is 'a' * 5000, x is not x)\n"
    "def f():\n"
    "    return x is 7\n"
    "if x is 500 and x is not 'z':\n"
    "    pass\n"
    "while False:\n"
    "    x is 8\n"
    "class K:\n"
    "    k = x is 'k'\n"
    "z = (x\n"
    "     is not 3)\n"
    "z = x is   'spaced'   \n";

/* Literals only a compiler that folds constants makes (chapter 4 on). */
static const char folded_is_literals[] = "x = 500\n"
                                         "print(x is -1, x is (1, 2))\n"
                                         "print(x is (), x is 2 + 3)\n"
                                         "print(x is not 'a' * 2)\n"
                                         "print(x is (None,), -x is -5)\n";

static bool
folds_constants(void)
{
    RunResult r = run_minipy_opts("--dis", "x = -1\n");
    bool folds = exited_with(&r, 0) && strstr(r.out, "UNARY_NEGATIVE") == NULL;
    mp_free_result(&r);
    return folds;
}

/* The same standard output, and the same standard error, line for line:
   both name the script by the same path. */
static void
assert_same_warnings_as_python313(const char *source)
{
    const char *python = python313_path();
    if (python == NULL) {
        skip();
    }
    RunResult py = run_python_with(python, source);
    RunResult mp = run_minipy(source);
    if (strcmp(py.err, mp.err) != 0) {
        fail_msg("script:\n%s\npython's stderr:\n%s\nminipy's:\n%s", source,
                 py.err, mp.err);
    }
    assert_string_equal(mp.out, py.out);
    mp_free_result(&py);
    mp_free_result(&mp);
}

static void
test_is_with_a_literal_warns_as_cpython(void **state)
{
    (void)state;
    assert_same_warnings_as_python313(plain_is_literals);
    if (folds_constants()) {
        assert_same_warnings_as_python313(folded_is_literals);
    }
}

/* A call, a subscript or an index that must fail, from the type of a
   literal or a display: the comma that went missing (Python/compile.c,
   check_caller, check_subscripter, check_index); a tuple asserted. */
static void
test_a_missed_comma_warns_as_cpython(void **state)
{
    (void)state;
    assert_same_warnings_as_python313(
        "x = 1\n"
        "def f():\n"
        "    return [(1, 2) (3, 4)], [1 [0]], ['a' 'b']\n"
        "def g():\n"
        "    return {1: 2}(3), [y for y in ()](1), f'a'(1), 'x'(1)\n"
        "def h():\n"
        "    return [1]['a'], (1, 2)[None], 'abc'[1, 2], None[0]\n"
        "def k():\n"
        "    return True(1), (lambda: 1)[0], [][1:2], (1, 2)[x]\n"
        "def m():\n"
        "    return [1][True], 'ab'[x], f'{x}'[()], (lambda: 0)()\n"
        "def n():\n"
        "    return (1,\n"
        "            2)(3), x(1), x[1]['a']\n"
        "def p():\n"
        "    return [1, 2](3), {y: y for y in ()}(1), [1, 2]['a']\n"
        "assert (x, 'message')\n"
        "assert (x,)\n"
        "print('end')\n");
}

/* A traceback shows the lines of the code that failed, as 3.13's
   traceback module does: underlined ('^'), an operator's operands with
   '~', a call's function and a subscript's value with '~' and the rest
   from the bracket with '^'; not when that would underline the whole
   line, nor the call in `x = f()`; the first and last lines of a span,
   and those around its operator. */
static void
test_tracebacks_underline_as_cpython(void **state)
{
    (void)state;
    static const char *const scripts[] = {
        "def add(a, b):\n"
        "    return a + b\n"
        "items = [1, 2]\n"
        "total = add(items[0], None)\n",
        "def inner(d):\n"
        "    return d['missing']\n"
        "print(inner({}))\n",
        "class K:\n"
        "    def m(self):\n"
        "        return self.x\n"
        "k = K()\n"
        "print(k.m())\n",
        "items = [1]\n"
        "value = (items\n"
        "         .nope)\n",
        "def add(a, b):\n"
        "    return a + b\n"
        "result = add(1,\n"
        "             'two')\n",
        "items = [1, 2]\n"
        "x = items[0] + items[1] * 'x' - 4\n",
        "r = (1 +\n"
        "     2 +\n"
        "     'x')\n",
        "w = {'a': 1}['b']\n",
        "x = [1]\n"
        "x[5] = 2\n",
        "a, b = 1\n",
        "for i in 5:\n"
        "    pass\n",
        "def f(n):\n"
        "    if n:\n"
        "        return f(n - 1)\n"
        "    return 1 // 0\n"
        "f(5)\n",
        "x = 1\n"
        "assert x == 2, 'no'\n",
        "def f():\n"
        "    raise ValueError(\n"
        "        'multi')\n"
        "if True: f()\n",
        "d = {}\n"
        "d['a'] = (\n"
        "    1,\n"
        "    2,\n"
        "    3,\n"
        "    d['b'])\n",
        "s = 'caf\xc3\xa9'; t = s + 1\n",
        "x = '\xe6\xbc\xa2\xe5\xad\x97' + 1\n",
        /* making a class is on all of it: its first and last lines */
        "class A:\n"
        "    x = 1\n"
        "    z = 2\n"
        "    y = undefined\n"
        "    w = 3\n",
    };
    for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++)
        assert_same_warnings_as_python313(scripts[i]);
}

/* A SyntaxError underlines all of what is wrong, as 3.10+ do: the
   token the parser stopped at, the node that cannot be assigned to,
   the statement outside its function or loop; "unexpected indent" has
   no caret. */
static void
test_syntax_errors_underline_as_cpython(void **state)
{
    (void)state;
    static const char *const scripts[] = {
        "else:\n    pass\n",
        "while True print(1)\n",
        "f() = 3\n",
        "del f()\n",
        "a, b += 1\n",
        "True = 1\n",
        "x = 1\n  y = 2\n",
        "if True:\npass\n",
        "return 5\n",
        "for x in y:\n    pass\ncontinue\n",
        "x = (1 if 2)\n",
        "f(x for x in y, 1)\n",
        "x = = 1\n",
        "import sys as 1\n",
        /* a comparison meant (invalid_named_expression) */
        "if x = 1:\n    pass\n",
        "while x.y = 1:\n    pass\n",
        "if (a, b) = 1:\n    pass\n",
        "if x = 1 = 2:\n    pass\n",
        /* a forgotten comma: from the item to the end of the next */
        "x = [1, 2 3]\n",
        "f(a b)\n",
        "x = {'a': 1 'b': 2}\n",
        "x = [a 2 +]\n",
        "print 'x', 1\n",
        "import\n",
        "try:\n    pass\n",
        "try:\n    x = 1\nelse:\n    pass\n",
        "x = (yield)\n",
        /* arguments out of order: at their end; a repeated keyword */
        "f(a=1, 2, 3)\n",
        "f(**k, 2)\n",
        "f(x=1, y=2, x=3)\n",
        /* a genexp after them: at its "for", as CPython's rule fails */
        "f(a=1, 2, x for x in y)\n",
        "f(a=1, 2 for x in y)\n",
        /* * after **: from the comma to the last token read, less its
           last character; an assignment to either: to the value */
        "f(**k, *y)\n",
        "f(**k, *y, z)\n",
        "f(**k, *y, *z, w)\n",
        "f(**k, *y for y in z)\n",
        "f(**k, *)\n",
        "f(**k, *y = 1)\n",
        "f(**y = 1)\n",
        /* the symbol table's errors before the compiler's */
        "return 1\nx = [(yield) for x in y]\n",
        "return 1\ndef f():\n    global x\n    x = 1\n    global x\n",
        "return 5\ndef f(a, a): pass\n",
        "def f():\n    x = [i for i in y for j in (yield)]\n",
        "x = {(yield 1): (yield 2) for i in y}\n",
        "def f():\n    x = ((yield) for i in y)\n",
        "from __future__ import nope\n",
        "def f(a):\n    global a\n",
        /* a block never begun: at the file's end, no caret */
        "if 1:\n",
        "if 1:\n\n",
        "def f():\n# only a comment\n",
        /* the line as it is, and an unindent pointing past its end */
        "x = 'a' +   \n",
        "def f(x):\n    return x\n  y = 1   \n",
    };
    for (size_t i = 0; i < sizeof scripts / sizeof *scripts; i++)
        assert_same_warnings_as_python313(scripts[i]);
}

/* An escape Python does not know: once a literal (each piece of an
   f-string's text), naming the first, on the line CPython names. */
static void
test_an_unknown_escape_warns_as_cpython(void **state)
{
    (void)state;
    assert_same_warnings_as_python313("s = 'a\\qb\\wc'\n"
                                      "t = '\\d+' + r'\\d' + '\\\\'\n"
                                      "m = '''x\n"
                                      "\\y'''\n"
                                      "o = '\\400', '\\777', '\\0777'\n"
                                      "f = f'\\q{1}\\w', f'{1:\\x3e3}'\n"
                                      "g = f'''a\n"
                                      "\\q{s}\n"
                                      "b\\w'''\n"
                                      "e = '\\8' '\\9' '\\\t' 'caf\\\xc3\xa9'\n"
                                      "print(s, t, m, o, f, g, e)\n");
}

static int
count_char(const char *text, char c)
{
    int n = 0;
    for (; *text != '\0'; text++)
        n += *text == c;
    return n;
}

/* The warning is the compiler's: printed before the program runs, even
   when the program then fails, and when the comparison never runs. */
static void
test_the_warning_comes_before_the_program_runs(void **state)
{
    (void)state;
    RunResult mp = run_minipy("print('running')\n"
                              "def never():\n"
                              "    return 1 is never\n"
                              "print(1 // 0)\n");
    assert_exit_status(&mp, 1);
    assert_string_equal(mp.out, "running\n");
    const char *warning = strstr(mp.err, ":3: SyntaxWarning: \"is\" with "
                                         "'int' literal. Did you mean \"==\"?\n"
                                         "  return 1 is never\n");
    assert_non_null(warning);
    const char *traceback = strstr(mp.err, "Traceback");
    assert_non_null(traceback);
    assert_true(warning < traceback);
    assert_int_equal(count_char(mp.err, '\n') - count_char(traceback, '\n'), 2);
    mp_free_result(&mp);
}

/* The stack effect the compiler counts for each instruction, on both
   edges of a jump. */
static void
test_stack_effects(void **state)
{
    (void)state;
    assert_int_equal(_PyCompile_StackEffect(LOAD_FAST, 0, false), 1);
    assert_int_equal(_PyCompile_StackEffect(LOAD_GLOBAL, 1, false), 2);
    assert_int_equal(_PyCompile_StackEffect(LOAD_ATTR, 3, false), 1);
    assert_int_equal(_PyCompile_StackEffect(LOAD_ATTR, 2, false), 0);
    assert_int_equal(_PyCompile_StackEffect(CALL, 3, false), -4);
    assert_int_equal(_PyCompile_StackEffect(CALL_KW, 3, false), -5);
    assert_int_equal(_PyCompile_StackEffect(FOR_ITER, 0, false), 1);
    assert_int_equal(_PyCompile_StackEffect(FOR_ITER, 0, true), -1);
    assert_int_equal(_PyCompile_StackEffect(UNPACK_SEQUENCE, 3, false), 2);
    assert_int_equal(_PyCompile_StackEffect(BUILD_MAP, 2, false), -3);
    assert_int_equal(_PyCompile_StackEffect(STORE_SLICE, 0, false), -4);
}

/* A statement typed at the prompt is compiled on its own in CPython's
   "single" mode: the module's expression statements, in its loops and
   ifs too, show their value (CALL_INTRINSIC_1 INTRINSIC_PRINT), a
   function's do not, and `a = 500; b = 500` on one line is one program
   with one 500. */
static void
test_the_prompt_compiles_each_statement_in_single_mode(void **state)
{
    (void)state;
    const char *statements[] = {
        "x = 1\n",
        "x\n",
        "x + 1; print(x); None\n",
        "a = 500; b = 500; a is b\n",
        "for i in range(2):\n"
        "    i\n"
        "    i * 2\n"
        "\n",
        "if x:\n"
        "    x\n"
        "else:\n"
        "    -x\n"
        "\n",
        "def f(n):\n"
        "    n\n"
        "    return n\n"
        "\n",
        "class A:\n"
        "    x = 1\n"
        "    x\n"
        "\n",
    };
    for (size_t i = 0; i < sizeof statements / sizeof *statements; i++) {
        assert_compiles_in_mode_as_cpython(statements[i], "single");
    }
}

static void
test_fstrings_compile_as_cpythons(void **state)
{
    (void)state;
    assert_compiles_as_cpython("x = 1; w = 5\n"
                               "a = f\"{x}\"\n"
                               "b = f\"a{x!r}b{x!s:>{w}}c{x!a}\"\n"
                               "c = f\"{x=}\" \"tail\" f\"{x = :>4}\"\n"
                               "d = \"pre\" f\"plain\" 'x'\n"
                               "e = f\"{x:{w}d}\" f'{x:}' f'{x=!s:^3}'\n"
                               "g = f\"{'a' 'b'}{x:{w}{w}}\"\n"
                               "h = f\"\"\n"
                               "def f(y):\n"
                               "    return f'''{y}\n{f\"{y!r}\"}'''\n");
    /* more parts than the stack should hold: ''.join of a list */
    char source[512] = "x = 1\ny = f\"";
    for (int i = 0; i < 16; i++)
        strcat(source, "a{x}");
    strcat(source, "\"\n");
    assert_compiles_as_cpython(source);
}

int
main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, mp_setup, mp_teardown)
    const struct CMUnitTest tests[] = {
        T(test_names_constants_and_arithmetic),
        T(test_functions_fast_locals_and_globals),
        T(test_attributes_subscripts_and_slices),
        T(test_displays_and_unpacking),
        T(test_augmented_assignment),
        T(test_unary_and_comparison_operators),
        T(test_and_or_and_conditional_expressions),
        T(test_if_elif_else),
        T(test_while_loops_break_and_continue),
        T(test_for_loops_break_continue_and_return),
        T(test_classes_methods_and_keyword_calls),
        T(test_imports_and_module_attributes),
        T(test_long_jumps_take_an_extended_argument),
        T(test_code_object_fields_are_cpythons),
        T(test_equal_constants_are_one_object),
        T(test_tracebacks_name_cpythons_lines),
        T(test_is_with_a_literal_warns_as_cpython),
        T(test_a_missed_comma_warns_as_cpython),
        T(test_an_unknown_escape_warns_as_cpython),
        T(test_tracebacks_underline_as_cpython),
        T(test_syntax_errors_underline_as_cpython),
        T(test_the_warning_comes_before_the_program_runs),
        T(test_stack_effects),
        T(test_the_prompt_compiles_each_statement_in_single_mode),
        T(test_fstrings_compile_as_cpythons),
    };
#undef T
    return cmocka_run_group_tests_name("compile", tests, NULL, NULL);
}
