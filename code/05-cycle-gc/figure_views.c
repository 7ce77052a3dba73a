/* The kinds of figure this chapter draws.  The first is the default. */
#include "figure.h"

int figure_arenas_view(Figures *fig, FILE *out, const char *arg);
int figure_pool_view(Figures *fig, FILE *out, const char *arg);
int figure_usedpools_view(Figures *fig, FILE *out, const char *arg);
int figure_smallints_view(Figures *fig, FILE *out, const char *arg);
int figure_interned_view(Figures *fig, FILE *out, const char *arg);
int figure_generations_view(Figures *fig, FILE *out, const char *arg);
int figure_collection_view(Figures *fig, FILE *out, const char *arg);

const FigureView figure_views[] = {
    {"memory", figure_memory_view},
    {"datastack", figure_datastack_view},
    {"arenas", figure_arenas_view},
    {"pool", figure_pool_view},
    {"usedpools", figure_usedpools_view},
    {"smallints", figure_smallints_view},
    {"interned", figure_interned_view},
    {"generations", figure_generations_view},
    {"collection", figure_collection_view},
    {NULL, NULL},
};
