/* The assembler: from the compiler's instructions and labels to a code
   object's bytecode.  Three passes, as in CPython's Python/flowgraph.c
   and Python/assemble.c: copy small exit blocks in place of the jumps
   to them, follow every path to find how deep the stack gets (and drop
   what no path reaches), then lay the instructions out as code units,
   with EXTENDED_ARG where an argument needs more than a byte. */
#include "instrseq.h"

#include "ast.h"
#include "compile.h"
#include "errors.h"
#include "pymem.h"

#include <assert.h>
#include <string.h>

bool
_PyInstr_IsJump(int op)
{
    return op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE ||
           op == JUMP_FORWARD || op == JUMP_BACKWARD || op == FOR_ITER ||
           op == SETUP_FINALLY;
}

bool
_PyInstr_EndsFlow(int op)
{
    return op == JUMP_FORWARD || op == JUMP_BACKWARD || op == RETURN_VALUE ||
           op == RETURN_CONST || op == RAISE_VARARGS || op == RERAISE;
}

static bool
is_return(int op)
{
    return op == RETURN_VALUE || op == RETURN_CONST;
}

int
_PyCompile_StackEffect(int op, int arg, bool jump)
{
    switch (op) {
    case POP_TOP:
    case STORE_FAST:
    case STORE_GLOBAL:
    case STORE_NAME:
    case DELETE_ATTR:
    case BINARY_SUBSCR:
    case BINARY_OP:
    case COMPARE_OP:
    case IS_OP:
    case CONTAINS_OP:
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case RETURN_VALUE:
    case IMPORT_NAME:
    case POP_EXCEPT:
    case RERAISE:
    case SET_FUNCTION_ATTRIBUTE:
    case LIST_APPEND:
    case LIST_EXTEND:
    case DICT_UPDATE:
        return -1;
    case PUSH_NULL:
    case COPY:
    case LOAD_CONST:
    case LOAD_FAST:
    case LOAD_FAST_AND_CLEAR:
    case LOAD_NAME:
    case LOAD_BUILD_CLASS:
    case PUSH_EXC_INFO:
    case LOAD_ASSERTION_ERROR:
        return 1;
    case RAISE_VARARGS:
        return -arg;
    case SETUP_FINALLY: /* the handler starts with the exception pushed */
        return jump ? 1 : 0;
    case LOAD_GLOBAL:
        return 1 + (arg & 1);
    case LOAD_ATTR:
        return arg & 1;
    case STORE_ATTR:
    case DELETE_SUBSCR:
    case BINARY_SLICE:
        return -2;
    case STORE_SUBSCR:
        return -3;
    case STORE_SLICE:
        return -4;
    case BUILD_SLICE:
        return 1 - arg;
    case FOR_ITER:
        return jump ? -1 : 1;
    case BUILD_LIST:
    case BUILD_TUPLE:
    case BUILD_STRING:
        return 1 - arg;
    case FORMAT_WITH_SPEC:
        return -1;
    case BUILD_MAP:
        return 1 - 2 * arg;
    case BUILD_CONST_KEY_MAP: /* the values and the keys' tuple */
        return -arg;
    case MAP_ADD:
        return -2;
    case UNPACK_SEQUENCE:
        return arg - 1;
    case DICT_MERGE:
    case STORE_DEREF:
        return -1;
    case LOAD_DEREF:
        return 1;
    case CALL_FUNCTION_EX: /* callable, NULL, the tuple, the dict if any */
        return -2 - (arg & 1);
    case UNPACK_EX: /* the items before and after the star, and a list */
        return (arg & 0xFF) + (arg >> 8);
    case CALL:
        return -arg - 1;
    case CALL_KW:
        return -arg - 2;
    default:
        return 0;
    }
}

/* ---- rewriting the sequence ---- */

/* Keep the instructions for which keep[i] is true, each repeated
   copies[i] times (0 for one; else a block to copy, see below), and move
   labels and statement boundaries with them.  A label on a dropped
   instruction moves to the next one kept. */
typedef struct {
    int start, len; /* the block that replaces instruction i */
} Copy;

static int
rebuild(InstrSeq *seq, const bool *keep, const Copy *copies)
{
    int n = seq->ninstrs, total = 0;
    for (int i = 0; i < n; i++)
        total += !keep[i] ? 0 : copies && copies[i].len ? copies[i].len : 1;
    Instr *out = PyMem_RawMalloc((size_t)(total + 1) * sizeof *out);
    int *where = PyMem_RawMalloc((size_t)(n + 1) * sizeof *where);
    if (out == NULL || where == NULL) {
        PyMem_RawFree(out);
        PyMem_RawFree(where);
        PyErr_NoMemory();
        return -1;
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
        where[i] = k;
        if (!keep[i])
            continue;
        if (copies && copies[i].len) {
            memcpy(out + k, seq->instrs + copies[i].start,
                   (size_t)copies[i].len * sizeof *out);
            k += copies[i].len;
        } else {
            out[k++] = seq->instrs[i];
        }
    }
    where[n] = k;
    for (int l = 0; l < seq->nlabels; l++)
        if (seq->labels[l] >= 0)
            seq->labels[l] = where[seq->labels[l]];
    for (int b = 0; b < seq->nbounds; b++)
        seq->bounds[b].instr = where[seq->bounds[b].instr];
    PyMem_RawFree(where);
    PyMem_RawFree(seq->instrs);
    seq->instrs = out;
    seq->ninstrs = seq->capinstrs = total;
    return 0;
}

/* A jump to a block of at most four instructions that ends the code (a
   return) is replaced by a copy of the block: the jump's path returns
   at once (CPython's inline_small_or_no_lineno_blocks, flowgraph.c). */
#define MAX_COPY_SIZE 4

static int
inline_exits(InstrSeq *seq)
{
    int n = seq->ninstrs;
    bool *starts = PyMem_RawCalloc((size_t)n + 1, sizeof *starts);
    bool *keep = PyMem_RawMalloc((size_t)n + 1);
    Copy *copies = PyMem_RawCalloc((size_t)n + 1, sizeof *copies);
    int status = -1;
    if (starts == NULL || keep == NULL || copies == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (int l = 0; l < seq->nlabels; l++)
        if (seq->labels[l] >= 0)
            starts[seq->labels[l]] = true;
    bool any = false;
    for (int i = 0; i < n; i++) {
        keep[i] = true;
        Instr *in = &seq->instrs[i];
        if (in->op != JUMP_FORWARD && in->op != JUMP_BACKWARD)
            continue;
        int t = seq->labels[in->target];
        for (int j = t; j < n && j - t < MAX_COPY_SIZE; j++) {
            int op = seq->instrs[j].op;
            if ((j > t && starts[j]) || _PyInstr_IsJump(op))
                break;
            if (is_return(op)) {
                copies[i] = (Copy){t, j - t + 1};
                any = true;
                break;
            }
        }
    }
    status = any ? rebuild(seq, keep, copies) : 0;
done:
    PyMem_RawFree(starts);
    PyMem_RawFree(keep);
    PyMem_RawFree(copies);
    return status;
}

/* Follow every path through the code, from the first instruction and
   along every jump: depth[i] is how deep the stack is when instruction i
   starts, -1 if no path reaches it.  Each instruction is reached at one
   depth only (the compiler's invariant, checked). */
static int *
stack_depths(InstrSeq *seq)
{
    int n = seq->ninstrs, nwork = 0;
    int *depth = PyMem_RawMalloc((size_t)(n + 1) * sizeof *depth);
    int *work = PyMem_RawMalloc((size_t)(n + 1) * sizeof *work);
    if (depth == NULL || work == NULL) {
        PyMem_RawFree(depth);
        PyMem_RawFree(work);
        PyErr_NoMemory();
        return NULL;
    }
    for (int i = 0; i <= n; i++)
        depth[i] = -1;
    depth[0] = 0;
    work[nwork++] = 0;
    while (nwork > 0) {
        int i = work[--nwork], d = depth[i];
        for (; i < n; i++) {
            Instr *in = &seq->instrs[i];
            if (_PyInstr_IsJump(in->op)) {
                int t = seq->labels[in->target];
                int dj = d + _PyCompile_StackEffect(in->op, in->arg, true);
                assert(depth[t] < 0 || depth[t] == dj);
                if (depth[t] < 0) {
                    depth[t] = dj;
                    work[nwork++] = t;
                }
            }
            d += _PyCompile_StackEffect(in->op, in->arg, false);
            assert(d >= 0);
            if (_PyInstr_EndsFlow(in->op))
                break;
            assert(depth[i + 1] < 0 || depth[i + 1] == d);
            if (depth[i + 1] >= 0)
                break;
            depth[i + 1] = d;
        }
    }
    PyMem_RawFree(work);
    return depth;
}

/* The deepest the stack gets: before each instruction, or after the
   last, whatever it pushes. */
static int
max_depth(InstrSeq *seq, const int *depth)
{
    int max = 0;
    for (int i = 0; i < seq->ninstrs; i++) {
        if (depth[i] < 0)
            continue;
        Instr *in = &seq->instrs[i];
        int after = depth[i] + _PyCompile_StackEffect(in->op, in->arg, false);
        if (depth[i] > max)
            max = depth[i];
        if (after > max)
            max = after;
    }
    return max;
}

/* At each statement's start the stack holds only the iterators of the
   for loops around it: nothing an earlier statement left behind. */
static void
check_boundaries(InstrSeq *seq, const int *depth)
{
    for (int b = 0; b < seq->nbounds; b++) {
        int at = depth[seq->bounds[b].instr];
        assert(at < 0 || at == seq->bounds[b].depth);
        (void)at;
    }
}

/* ---- the exception table ---- */

/* How deep the stack is where each handler's block begins, by label:
   where its SETUP_FINALLY was, which is what an exception cuts it back
   to before pushing itself.  -1 for a label no handler uses. */
static int *
handler_depths(InstrSeq *seq, const int *depth)
{
    int *level = PyMem_RawMalloc(((size_t)seq->nlabels + 1) * sizeof *level);
    if (level == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (int l = 0; l < seq->nlabels; l++)
        level[l] = -1;
    for (int i = 0; i < seq->ninstrs; i++)
        if (seq->instrs[i].op == SETUP_FINALLY && depth[i] >= 0)
            level[seq->instrs[i].target] = depth[i];
    return level;
}

/* One entry per run of instructions with the same handler. */
static int
write_exception_table(InstrSeq *seq, Arena *arena, Code *code,
                      const int *offsets, const int *level)
{
    ExceptionEntry *table =
        arena_alloc(arena, (size_t)seq->ninstrs * sizeof *table + 1);
    if (table == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int n = 0;
    for (int i = 0; i < seq->ninstrs; i++) {
        int h = seq->instrs[i].handler;
        if (h < 0)
            continue;
        assert(level[h] >= 0);
        ExceptionEntry entry = {offsets[i], offsets[i + 1],
                                offsets[seq->labels[h]], level[h]};
        ExceptionEntry *last = n > 0 ? &table[n - 1] : NULL;
        if (last && last->end == entry.start && last->target == entry.target &&
            last->depth == entry.depth)
            last->end = entry.end;
        else
            table[n++] = entry;
    }
    code->co_exceptiontable = table;
    code->co_nexceptions = n;
    return 0;
}

/* ---- laying out code units ---- */

/* EXTENDED_ARG prefixes an argument of more than a byte needs. */
static int
instr_size(int arg)
{
    return arg > 0xFFFFFF ? 4 : arg > 0xFFFF ? 3 : arg > 0xFF ? 2 : 1;
}

/* A jump's argument counts code units from the instruction after it. */
static int
jump_arg(InstrSeq *seq, int i, const int *offsets)
{
    int from = offsets[i + 1], to = offsets[seq->labels[seq->instrs[i].target]];
    return seq->instrs[i].op == JUMP_BACKWARD ? from - to : to - from;
}

/* A jump's size depends on how far it goes, which depends on the sizes:
   repeat until nothing grows. */
static int *
layout(InstrSeq *seq)
{
    int n = seq->ninstrs;
    int *offsets = PyMem_RawMalloc((size_t)(n + 1) * sizeof *offsets);
    if (offsets == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    for (bool changed = true; changed;) {
        changed = false;
        offsets[0] = 0;
        for (int i = 0; i < n; i++)
            offsets[i + 1] = offsets[i] + instr_size(seq->instrs[i].arg);
        for (int i = 0; i < n; i++) {
            if (!_PyInstr_IsJump(seq->instrs[i].op))
                continue;
            int arg = jump_arg(seq, i, offsets);
            if (instr_size(arg) != instr_size(seq->instrs[i].arg))
                changed = true;
            seq->instrs[i].arg = arg;
        }
    }
    return offsets;
}

static bool
same_position(const Position *a, const Position *b)
{
    return a->line == b->line && a->end_line == b->end_line &&
           a->col == b->col && a->end_col == b->end_col &&
           a->anchor == b->anchor && a->left_line == b->left_line &&
           a->left_col == b->left_col && a->right_line == b->right_line &&
           a->right_col == b->right_col && a->whole_call == b->whole_call;
}

/* The code units, and a line table entry wherever the place changes. */
static int
write_code(InstrSeq *seq, Arena *arena, Code *code, const int *offsets)
{
    int nunits = offsets[seq->ninstrs];
    _Py_CODEUNIT *units = arena_alloc(arena, (size_t)nunits * 2 + 2);
    LineEntry *lines =
        arena_alloc(arena, (size_t)seq->ninstrs * sizeof *lines + 1);
    if (units == NULL || lines == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    int nlines = 0;
    for (int i = 0; i < seq->ninstrs; i++) {
        Instr *in = &seq->instrs[i];
        _Py_CODEUNIT *out = units + offsets[i];
        for (int shift = 8 * (instr_size(in->arg) - 1); shift > 0; shift -= 8)
            *out++ =
                (_Py_CODEUNIT)(EXTENDED_ARG | ((in->arg >> shift) & 0xFF) << 8);
        *out = (_Py_CODEUNIT)(in->op | (in->arg & 0xFF) << 8);
        if (nlines == 0 || !same_position(&lines[nlines - 1].pos, &in->pos))
            lines[nlines++] = (LineEntry){offsets[i], in->pos};
    }
    code->co_code = units;
    code->co_ncodeunits = nunits;
    code->co_linetable = lines;
    code->co_nlines = nlines;
    return 0;
}

/* A NOP stands for a statement that does nothing, so that its line
   is in the code; one next to another instruction of its line goes
   (CPython's remove_redundant_nops, Python/flowgraph.c, 3.13). */
static int
remove_nops(InstrSeq *seq)
{
    int n = seq->ninstrs;
    bool *keep = PyMem_RawMalloc((size_t)n + 1), any = false;
    if (keep == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (int i = 0; i < n; i++) {
        Instr *in = &seq->instrs[i];
        int line = in->pos.line;
        keep[i] = in->op != NOP || !((i > 0 && in[-1].pos.line == line) ||
                                     (i + 1 < n && in[1].pos.line == line));
        any |= !keep[i];
    }
    int status = any ? rebuild(seq, keep, NULL) : 0;
    PyMem_RawFree(keep);
    return status;
}

int
_PyAssemble(InstrSeq *seq, Arena *arena, Code *code)
{
    if (remove_nops(seq) < 0 || inline_exits(seq) < 0)
        return -1;
    int *depth = stack_depths(seq);
    if (depth == NULL)
        return -1;
    check_boundaries(seq, depth);
    code->co_stacksize = max_depth(seq, depth);
    int *level = handler_depths(seq, depth);
    bool *keep = PyMem_RawMalloc((size_t)seq->ninstrs + 1);
    int status = 0;
    if (keep == NULL || level == NULL) {
        PyErr_NoMemory();
        status = -1;
    }
    for (int i = 0; keep != NULL && i < seq->ninstrs; i++)
        keep[i] = depth[i] >= 0 && seq->instrs[i].op != SETUP_FINALLY;
    PyMem_RawFree(depth);
    if (status == 0)
        status = rebuild(seq, keep, NULL);
    PyMem_RawFree(keep);
    int *offsets = status < 0 ? NULL : layout(seq);
    status = offsets == NULL ? -1 : write_code(seq, arena, code, offsets);
    if (status == 0)
        status = write_exception_table(seq, arena, code, offsets, level);
    PyMem_RawFree(offsets);
    PyMem_RawFree(level);
    return status;
}
