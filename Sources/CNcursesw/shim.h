// CNcursesw: the ncursesw C API for Swift, plus prefixed static inline shims for what Swift cannot
// import (macros, mutable globals) and for restoring the terminal from signal handlers.
//
// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here, before
// <curses.h>. Only the CursesTerminal target imports this module.
#ifndef PD_CNCURSESW_SHIM_H
#define PD_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>

// MARK: - Globals Swift 6 rejects

static inline WINDOW *pd_stdscr(void) { return stdscr; }
static inline WINDOW *pd_curscr(void) { return curscr; }
static inline FILE *pd_stdin(void) { return stdin; }
static inline FILE *pd_stdout(void) { return stdout; }
static inline int pd_colors(void) { return COLORS; }
static inline int pd_color_pairs(void) { return COLOR_PAIRS; }

// MARK: - Attributes

static inline attr_t pd_a_bold(void) { return A_BOLD; }
static inline attr_t pd_a_dim(void) { return A_DIM; }
static inline attr_t pd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pd_a_reverse(void) { return A_REVERSE; }

// MARK: - Locale and width

/// Sets the locale from the environment. Returns 1 when its character set is UTF-8; otherwise
/// (LANG=C, or unset as in many containers) 0, after setting LC_CTYPE to C.UTF-8 where it exists
/// so ncurses still takes wide characters, and the caller draws ASCII only.
static inline int pd_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset != NULL && strcmp(codeset, "UTF-8") == 0) {
        return 1;
    }
    setlocale(LC_CTYPE, "C.UTF-8");
    return 0;
}

/// The C library's column width of one code point (-1 for non-printable), as ncurses sees it.
static inline int pd_wcwidth(uint32_t codepoint) { return wcwidth((wchar_t)codepoint); }

// MARK: - Mouse

enum {
    PD_MOUSE_NONE = 0,
    PD_MOUSE_LEFT = 1,
    PD_MOUSE_MIDDLE = 2,
    PD_MOUSE_RIGHT = 3,
    PD_MOUSE_WHEEL_UP = 4,
    PD_MOUSE_WHEEL_DOWN = 5,
};

/// Reports button presses/clicks and the wheel; mouseinterval(0) turns off click resolution so a
/// press is delivered at once.
static inline void pd_enable_mouse(int enabled) {
    mmask_t mask = BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON2_PRESSED | BUTTON2_CLICKED
        | BUTTON3_PRESSED | BUTTON3_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
    mousemask(enabled ? mask : 0, NULL);
    mouseinterval(0);
}

/// Reads the pending mouse event after KEY_MOUSE: one of PD_MOUSE_*, with its cell in x/y.
static inline int pd_read_mouse(int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) {
        return PD_MOUSE_NONE;
    }
    *x = event.x;
    *y = event.y;
    if (event.bstate & BUTTON4_PRESSED) return PD_MOUSE_WHEEL_UP;
    if (event.bstate & BUTTON5_PRESSED) return PD_MOUSE_WHEEL_DOWN;
    if (event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return PD_MOUSE_LEFT;
    if (event.bstate & (BUTTON2_PRESSED | BUTTON2_CLICKED)) return PD_MOUSE_MIDDLE;
    if (event.bstate & (BUTTON3_PRESSED | BUTTON3_CLICKED)) return PD_MOUSE_RIGHT;
    return PD_MOUSE_NONE;
}

// MARK: - Terminal restore
//
// State below is `static`: every Swift file calling these functions gets its own copy, so exactly
// one Swift file (CursesTerminal/TerminalGuard.swift) may call them. Every such variable needs an
// initializer: Swift's C importer emits no storage for a tentative definition (link error).
//
// The handlers call endwin(), which is not async-signal-safe: a signal landing while ncurses is in
// the middle of an update may leave its buffers inconsistent. htop (CRT.c) makes the same
// trade-off, because a crash cannot be deferred to the main loop and an unrestored terminal
// (no echo, alternate screen, mouse reporting on) is worse than the small risk. Everything else the
// handlers do (sigaction, sigprocmask, raise, pipe, dup2, lseek, read, write, close, _exit) is
// async-signal-safe.

static volatile sig_atomic_t pd_curses_active = 0;
static int pd_answer_backtracer = 0;
static int pd_saved_stderr = -1;
static int pd_stderr_capture = -1;

/// Sends stderr to an unlinked temporary file while curses owns the screen, so messages (including
/// a Swift runtime crash report) are not lost on the alternate screen; pd_restore_terminal replays
/// them. Best effort: on failure stderr is left alone.
static inline void pd_capture_stderr(void) {
    const char *dir = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/pilotdeck-stderr-XXXXXX", (dir != NULL && *dir != '\0') ? dir : "/tmp");
    int capture = mkstemp(path);
    if (capture < 0) {
        return;
    }
    unlink(path);
    int saved = dup(STDERR_FILENO);
    if (saved < 0 || dup2(capture, STDERR_FILENO) < 0) {
        close(capture);
        if (saved >= 0) close(saved);
        return;
    }
    pd_saved_stderr = saved;
    pd_stderr_capture = capture;
}

static inline void pd_replay_stderr(void) {
    if (pd_stderr_capture < 0) {
        return;
    }
    dup2(pd_saved_stderr, STDERR_FILENO);
    close(pd_saved_stderr);
    pd_saved_stderr = -1;
    lseek(pd_stderr_capture, 0, SEEK_SET);
    char buffer[4096];
    for (;;) {
        ssize_t count = read(pd_stderr_capture, buffer, sizeof buffer);
        if (count < 0 && errno == EINTR) continue;
        if (count <= 0) break;
        ssize_t offset = 0;
        while (offset < count) {
            ssize_t written = write(STDERR_FILENO, buffer + offset, (size_t)(count - offset));
            if (written < 0 && errno == EINTR) continue;
            if (written <= 0) break;
            offset += written;
        }
    }
    close(pd_stderr_capture);
    pd_stderr_capture = -1;
}

static inline void pd_set_curses_active(int active) { pd_curses_active = active; }

/// Leaves curses mode (if still in it) and replays captured stderr. Idempotent.
static inline void pd_restore_terminal(void) {
    if (pd_curses_active) {
        pd_curses_active = 0;
        endwin();
    }
    pd_replay_stderr();
}

static inline void pd_install_handler(int signo, void (*handler)(int), int flags) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = handler;
    action.sa_flags = flags;
    sigaction(signo, &action, NULL);
}

/// Signals whose default action ends the process: restore, then exit with 128 + the signal number.
static inline void pd_on_terminate(int signo) {
    pd_restore_terminal();
    _exit(128 + signo);
}

static struct sigaction pd_previous_crash_actions[NSIG] = { { { 0 } } };

/// The Swift runtime decides at start-up, from SWIFT_BACKTRACE and whether stdin and stdout are
/// terminals, that a crash report waits up to 30 s for a key ("Press space to interact..."); a
/// dashboard is always started on a terminal, so a crashed dashboard would hold the shell that
/// long. Setting SWIFT_BACKTRACE from inside the process is too late, so unless the user chose
/// `interactive=` themselves, the crash handler gives the backtracer a standard input holding one
/// key that is not space or D: it prints the whole report, reads the key and lets the process end.
static inline void pd_answer_backtracer_prompt(void) {
    if (!pd_answer_backtracer) {
        return;
    }
    int answer[2];
    if (pipe(answer) != 0) {
        return;
    }
    if (write(answer[1], "q", 1) == 1) {
        dup2(answer[0], STDIN_FILENO);
    }
    close(answer[0]);
    close(answer[1]);
}

/// Crash signals (Swift traps arrive as SIGILL/SIGTRAP): restore, then re-raise under the handler
/// that was there before (the Swift runtime's backtracer, or the default action), so the crash
/// report lands on the restored screen and the exit status and any core dump stay honest.
static inline void pd_on_crash(int signo) {
    pd_restore_terminal();
    pd_answer_backtracer_prompt();
    sigaction(signo, &pd_previous_crash_actions[signo], NULL);
    raise(signo);
    _exit(128 + signo);
}

/// SIGTSTP (Ctrl-Z): leave curses mode, stop with the default action, and on SIGCONT re-arm.
/// Curses mode comes back with the next refresh: CursesTerminal sees isendwin() and redraws.
static inline void pd_on_suspend(int signo) {
    int saved_errno = errno;
    if (pd_curses_active) {
        endwin();
    }
    pd_install_handler(signo, SIG_DFL, 0);
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, signo);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
    raise(signo);
    pd_install_handler(signo, pd_on_suspend, 0);
    errno = saved_errno;
}

static inline void pd_on_exit(void) { pd_restore_terminal(); }

/// Whether `signo` still has its default action: a signal someone else handles or ignores is left
/// to them (the Swift runtime borrows SIGUSR1, SIGUSR2 and SIGPROF only while it reports a crash).
static inline int pd_is_default(int signo) {
    struct sigaction current;
    return sigaction(signo, NULL, &current) == 0 && !(current.sa_flags & SA_SIGINFO) && current.sa_handler == SIG_DFL;
}

/// Installs the handlers above and an atexit hook, once, for every signal whose default action
/// ends the process. SIGWINCH stays with ncurses (KEY_RESIZE); SIGCHLD, SIGCONT and SIGURG are
/// ignored by default; SIGKILL and SIGSTOP cannot be caught.
static inline void pd_install_restore_handlers(void) {
    static int installed = 0;
    if (installed) {
        return;
    }
    installed = 1;
    const char *backtrace = getenv("SWIFT_BACKTRACE");
    pd_answer_backtracer = backtrace == NULL || strstr(backtrace, "interactive") == NULL;
    static const int interrupting[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    static const int terminating[] = {
        SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSTKFLT,
    };
    static const int crashing[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGXCPU, SIGXFSZ, SIGSYS };
    for (size_t i = 0; i < sizeof interrupting / sizeof interrupting[0]; i++) {
        pd_install_handler(interrupting[i], pd_on_terminate, 0);
    }
    for (size_t i = 0; i < sizeof terminating / sizeof terminating[0]; i++) {
        if (pd_is_default(terminating[i])) pd_install_handler(terminating[i], pd_on_terminate, 0);
    }
    for (int signo = SIGRTMIN; signo <= SIGRTMAX; signo++) {
        if (pd_is_default(signo)) pd_install_handler(signo, pd_on_terminate, 0);
    }
    for (size_t i = 0; i < sizeof crashing / sizeof crashing[0]; i++) {
        sigaction(crashing[i], NULL, &pd_previous_crash_actions[crashing[i]]);
        // On the alternate stack the Swift runtime sets up, so a stack overflow still restores.
        pd_install_handler(crashing[i], pd_on_crash, (int)(SA_RESETHAND | SA_NODEFER | SA_ONSTACK));
    }
    pd_install_handler(SIGTSTP, pd_on_suspend, 0);
    atexit(pd_on_exit);
}

#endif
