/* minipy --dis: every code object of a script, printed the way CPython
   3.13's dis module prints its own (Lib/dis.py), so the two can be read
   side by side. */
#include "dis.h"

#include "interp.h"
#include "unicodeobject.h"

#include <stdlib.h>
#include <string.h>

#define OPCODE_NAME(name, has_arg) #name,
static const char *const opcode_names[] = {PY_OPCODES(OPCODE_NAME)};
#undef OPCODE_NAME
#define OPCODE_HAS_ARG(name, has_arg) has_arg,
static const char opcode_has_arg[] = {PY_OPCODES(OPCODE_HAS_ARG)};
#undef OPCODE_HAS_ARG

const char *
_PyOpcode_Name(int opcode)
{
    return opcode >= 0 && opcode < PY_NUM_OPCODES ? opcode_names[opcode]
                                                  : "<unknown>";
}

int
_PyOpcode_HasArg(int opcode)
{
    return opcode >= 0 && opcode < PY_NUM_OPCODES && opcode_has_arg[opcode];
}

/* One code unit; ext is the argument the EXTENDED_ARG units before it
   carry, shifted in front of its own (as Lib/dis.py shows them: each
   EXTENDED_ARG on a line of its own). */
typedef struct {
    int next; /* the code unit after it */
    int opcode, oparg;
} Instruction;

static Instruction
decode(Code *code, int i, int ext)
{
    _Py_CODEUNIT word = code->co_code[i];
    return (Instruction){i + 1, _Py_OPCODE(word), ext | _Py_OPARG(word)};
}

static int
extended(Instruction *in)
{
    return in->opcode == EXTENDED_ARG ? in->oparg << 8 : 0;
}

static bool
is_jump(int op)
{
    return op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE ||
           op == JUMP_FORWARD || op == JUMP_BACKWARD || op == FOR_ITER;
}

/* Where dis puts labels: jump targets, and the starts, ends and
   targets of the exception table's entries. */

/* The code unit a jump goes to. */
static int
jump_target(Instruction *in)
{
    return in->opcode == JUMP_BACKWARD ? in->next - in->oparg
                                       : in->next + in->oparg;
}

static void
print_code_repr(FILE *out, Code *code)
{
    fprintf(out, "<code object %s at %p, file \"%s\", line %d>",
            PyUnicode_AsUTF8(code->co_name), (void *)code,
            code->co_filename ? code->co_filename
            : interp.filename ? interp.filename
                              : "<string>",
            code->co_firstlineno);
}

static void
print_const(FILE *out, PyObject *value)
{
    if (PyCode_Check(value)) {
        print_code_repr(out, (Code *)value);
        return;
    }
    PyObject *r = PyObject_Repr(value);
    fputs(r ? PyUnicode_AsUTF8(r) : "?", out);
    Py_XDECREF(r);
}

static const char *
binary_op_symbol(int arg)
{
    static const char *const symbols[NB_INPLACE] = {
        [NB_ADD] = "+",      [NB_AND] = "&",      [NB_FLOOR_DIVIDE] = "//",
        [NB_LSHIFT] = "<<",  [NB_MULTIPLY] = "*", [NB_REMAINDER] = "%",
        [NB_OR] = "|",       [NB_POWER] = "**",   [NB_RSHIFT] = ">>",
        [NB_SUBTRACT] = "-", [NB_XOR] = "^",
    };
    const char *s = symbols[arg % NB_INPLACE];
    static char buf[8];
    snprintf(buf, sizeof buf, "%s%s", s ? s : "?",
             arg >= NB_INPLACE ? "=" : "");
    return buf;
}

/* What dis shows in parentheses after the argument. */
static void
print_argrepr(FILE *out, Code *code, Instruction *in, const int *labels)
{
    static const char *const compare[] = {"<", "<=", "==", "!=", ">", ">="};
    int arg = in->oparg;
    switch (in->opcode) {
    case LOAD_CONST:
    case RETURN_CONST:
        fputs(" (", out);
        print_const(out, code->co_consts[arg]);
        fputs(")", out);
        break;
    case LOAD_FAST:
    case LOAD_FAST_AND_CLEAR:
    case STORE_FAST:
    case DELETE_FAST:
        fprintf(out, " (%s)", PyUnicode_AsUTF8(code->co_varnames[arg]));
        break;
    case LOAD_GLOBAL:
        fprintf(out, " (%s%s)", PyUnicode_AsUTF8(code->co_names[arg >> 1]),
                arg & 1 ? " + NULL" : "");
        break;
    case LOAD_ATTR:
        fprintf(out, " (%s%s)", PyUnicode_AsUTF8(code->co_names[arg >> 1]),
                arg & 1 ? " + NULL|self" : "");
        break;
    case STORE_GLOBAL:
    case DELETE_GLOBAL:
    case LOAD_NAME:
    case STORE_NAME:
    case DELETE_NAME:
    case STORE_ATTR:
    case DELETE_ATTR:
    case IMPORT_NAME:
        fprintf(out, " (%s)", PyUnicode_AsUTF8(code->co_names[arg]));
        break;
    case BINARY_OP:
        fprintf(out, " (%s)", binary_op_symbol(arg));
        break;
    case COMPARE_OP:
        fprintf(out, " (%s)", arg < 6 ? compare[arg] : "?");
        break;
    case CALL_INTRINSIC_1:
        fputs(arg == INTRINSIC_UNARY_POSITIVE ? " (INTRINSIC_UNARY_POSITIVE)"
              : arg == INTRINSIC_PRINT        ? " (INTRINSIC_PRINT)"
                                              : "",
              out);
        break;
    case CONVERT_VALUE:
        fputs(arg == FVC_STR     ? " (str)"
              : arg == FVC_REPR  ? " (repr)"
              : arg == FVC_ASCII ? " (ascii)"
                                 : "",
              out);
        break;
    case FIGURE:
        fprintf(out, " (%s)", code->co_figures[arg]->figure.name);
        break;
    case FIGURE_STEP:
        fprintf(out, " (after line %d)", arg);
        break;
    case SET_FUNCTION_ATTRIBUTE:
        fputs(arg == 1 ? " (defaults)" : "", out);
        break;
    default:
        if (is_jump(in->opcode))
            fprintf(out, " (to L%d)", labels[jump_target(in)]);
    }
}

/* Number the jump targets L1, L2, ... in the order of the code. */
static int *
make_labels(Code *code)
{
    int n = code->co_ncodeunits;
    int *labels = calloc((size_t)n + 1, sizeof *labels);
    if (labels == NULL)
        return NULL;
    for (int i = 0, ext = 0; i < n; i++) {
        Instruction in = decode(code, i, ext);
        if (is_jump(in.opcode))
            labels[jump_target(&in)] = 1;
        ext = extended(&in);
    }
    for (int i = 0; i < code->co_nexceptions; i++) {
        ExceptionEntry *e = &code->co_exceptiontable[i];
        labels[e->start] = labels[e->end] = labels[e->target] = 1;
    }
    for (int i = 0, count = 0; i <= n; i++)
        if (labels[i])
            labels[i] = ++count;
    return labels;
}

static void
disassemble(FILE *out, Code *code)
{
    int *labels = make_labels(code);
    if (labels == NULL)
        return;
    int last_line = -1;
    for (int i = 0, ext = 0; i < code->co_ncodeunits; i++) {
        Instruction in = decode(code, i, ext);
        int line = PyCode_Addr2Line(code, i);
        char label[16] = "";
        if (labels[i])
            snprintf(label, sizeof label, "L%d:", labels[i]);
        if (line != last_line) {
            if (last_line != -1)
                fputc('\n', out);
            fprintf(out, "%3d   %-8s%s", line, label,
                    _PyOpcode_Name(in.opcode));
            last_line = line;
        } else {
            fprintf(out, "      %-8s%s", label, _PyOpcode_Name(in.opcode));
        }
        if (_PyOpcode_HasArg(in.opcode)) {
            /* a name longer than its column takes from the argument's,
               as dis does */
            int pad = 20 - (int)strlen(_PyOpcode_Name(in.opcode));
            fprintf(out, "%*s %*d", pad > 0 ? pad : 0, "",
                    pad < 0 ? 5 + pad : 5, in.oparg);
            print_argrepr(out, code, &in, labels);
        }
        fputc('\n', out);
        ext = extended(&in);
    }
    if (code->co_nexceptions > 0)
        fputs("ExceptionTable:\n", out);
    for (int i = 0; i < code->co_nexceptions; i++) {
        ExceptionEntry *e = &code->co_exceptiontable[i];
        fprintf(out, "  L%d to L%d -> L%d [%d]\n", labels[e->start],
                labels[e->end], labels[e->target], e->depth);
    }
    free(labels);
}

void
_PyCode_Disassemble(FILE *out, Code *code)
{
    disassemble(out, code);
    for (int i = 0; i < code->co_nconsts; i++) {
        if (!PyCode_Check(code->co_consts[i]))
            continue;
        Code *inner = (Code *)code->co_consts[i];
        fputs("\nDisassembly of ", out);
        print_code_repr(out, inner);
        fputs(":\n", out);
        _PyCode_Disassemble(out, inner);
    }
}
