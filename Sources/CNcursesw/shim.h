/* SwiftPM drops the -D flags pkg-config gives, so the wide-character switches are set here. */
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/* Macros and globals Swift cannot import, wrapped as functions. */
static inline void nc_getmaxyx(WINDOW *w, int *y, int *x) { getmaxyx(w, *y, *x); }
static inline attr_t nc_a_bold(void) { return A_BOLD; }
static inline attr_t nc_a_reverse(void) { return A_REVERSE; }
static inline attr_t nc_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nc_a_dim(void) { return A_DIM; }
static inline attr_t nc_a_normal(void) { return A_NORMAL; }
static inline int nc_key_code_yes(void) { return KEY_CODE_YES; }
static inline int nc_key_resize(void) { return KEY_RESIZE; }
static inline int nc_err(void) { return ERR; }
static inline int nc_key_f(int n) { return KEY_F(n); }
