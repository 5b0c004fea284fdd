#!/usr/bin/env python3
"""Whole-program figures: the real casework binary and `dialog --checklist`, each in a pseudo-terminal at
80x24, side by side in the same run.

For each run: time to first screen (spawn until the last byte of the first frame: the known text has
appeared and the output has then been quiet for QUIET seconds), first-screen bytes, bytes written per Down
key, quit time (key sent until the process has exited), and peak memory (VmHWM from /proc just before quitting).
Writes JSON to the path given with --out.
"""
import argparse, errno, subprocess, fcntl, json, os, select, shutil, signal, struct, sys, termios, time

ROWS, COLS = 24, 80
QUIET = 0.25          # the first frame is over when nothing more arrives for this long
KEY_QUIET = 0.08      # a key's output is over when nothing more arrives for this long
DOWN = b"\x1bOB"      # what an xterm sends for Down once ncurses has sent smkx (application keypad)


class Child:
    def __init__(self, argv, env):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid, self.fd = pid, master
        self.output = bytearray()
        self.eof = False
        self.rusage = None

    def read_until_quiet(self, quiet, marker=None, limit=10.0):
        """Reads until `marker` has been seen (if given) and then nothing came for `quiet` seconds.
        Returns (bytes read, time of the last byte relative to start)."""
        got = bytearray()
        last = None
        seen = marker is None
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline and not self.eof:
            timeout = quiet if seen else 0.5
            ready, _, _ = select.select([self.fd], [], [], timeout)
            if not ready:
                if seen:
                    break
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError as error:
                if error.errno == errno.EIO:
                    self.eof = True
                    break
                raise
            if not chunk:
                self.eof = True
                break
            last = time.perf_counter()
            got += chunk
            self.output += chunk
            if not seen and marker in self.output:
                seen = True
        if not seen:
            raise RuntimeError(f"never saw {marker!r}; output: {bytes(self.output[-400:])!r}")
        return bytes(got), (last - self.start if last else None)

    def send(self, data):
        os.write(self.fd, data)

    def peak_kb(self):
        """VmHWM of the running program: its peak resident memory since exec (ru_maxrss from wait4 would
        also count the forked Python interpreter before exec)."""
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return None

    def anon_kb(self):
        """RssAnon now: the program's private memory (heap, stacks), without the pages of its executable and
        libraries that are mapped from the page cache and shared."""
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1])
        return None

    def quit(self, key):
        """Sends the quit key and waits until the process is gone; returns seconds."""
        sent = time.perf_counter()
        os.write(self.fd, key)
        while not self.eof:
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
        _, status, self.rusage = os.wait4(self.pid, 0)
        elapsed = time.perf_counter() - sent
        os.close(self.fd)
        self.status = status
        return elapsed

    def kill(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
            os.wait4(self.pid, 0)
        except OSError:
            pass


def environment(extra):
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "TERM": "xterm-256color", "LANG": "C.UTF-8",
           "LC_ALL": "C.UTF-8", "HOME": os.environ.get("HOME", "/tmp")}
    env.update(extra)
    return env


def first_screen(argv, env, marker):
    child = Child(argv, env)
    data, at = child.read_until_quiet(QUIET, marker)
    return child, data, at


def downs(child, count):
    sizes, times = [], []
    for _ in range(count):
        sent = time.perf_counter()
        child.send(DOWN)
        data, _ = child.read_until_quiet(KEY_QUIET)
        sizes.append(len(data))
    return sizes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--casework", required=True)
    parser.add_argument("--stores", required=True, help="folder holding store-100, store-1000, store-10000, store-50")
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--key-rounds", type=int, default=3)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    dialog = shutil.which("dialog")
    if not dialog:
        sys.exit("dialog is not installed (Benchmarks/run.sh installs it)")
    items = []
    for i in range(1, 51):
        items += [f"{i}", f"Fictional checklist item number {i}", "off"]
    dialog_argv = [dialog, "--checklist", "Fictional checklist: choose items", "0", "0", "0"] + items

    def casework(store):
        return [args.casework], environment({"CASEWORK_STORE": os.path.join(args.stores, store),
                                               "XDG_DATA_HOME": "/nonexistent"})

    results = {}

    def add(name, value):
        results.setdefault(name, []).append(value)

    marker = b"sorted by"
    for round_number in range(args.rounds):
        # dialog: first screen, then quit with Enter (OK).
        child, data, at = first_screen(dialog_argv, environment({}), b"Cancel")
        add("first_screen_ms dialog", at * 1000)
        add("first_screen_bytes dialog", len(data))
        add("peak_kb dialog", child.peak_kb())
        add("anon_kb dialog", child.anon_kb())
        add("quit_ms dialog", child.quit(b"\r") * 1000)
        # casework on each store: first screen, then q.
        for store in ("store-100", "store-1000", "store-10000"):
            argv, env = casework(store)
            child, data, at = first_screen(argv, env, marker)
            add(f"first_screen_ms casework {store}", at * 1000)
            add(f"first_screen_bytes casework {store}", len(data))
            add(f"peak_kb casework {store}", child.peak_kb())
            add(f"anon_kb casework {store}", child.anon_kb())
            add(f"quit_ms casework {store}", child.quit(b"q") * 1000)
        # The floor: starting the program and exiting at once, no terminal, no store.
        for name, argv in (("casework", [args.casework, "--version"]), ("dialog", [dialog, "--version"])):
            started = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            add(f"version_ms {name}", (time.perf_counter() - started) * 1000)
        print(f"  round {round_number + 1}/{args.rounds}", file=sys.stderr, flush=True)

    for _ in range(args.key_rounds):
        child, _, _ = first_screen(dialog_argv, environment({}), b"Cancel")
        for index, size in enumerate(downs(child, 49)):
            add("down_bytes dialog", size)
            if index < 10:
                add("down_bytes_in_page dialog", size)
        child.quit(b"\r")
        argv, env = casework("store-50")
        child, _, _ = first_screen(argv, env, marker)
        for index, size in enumerate(downs(child, 49)):
            add("down_bytes casework store-50", size)
            if index < 10:
                add("down_bytes_in_page casework store-50", size)
        child.quit(b"q")
        # Peak memory with the largest case open: Enter opens the newest case (the 200-item one), then the
        # checklist, and a few items further on.
        for store in ("store-100", "store-10000"):
            argv, env = casework(store)
            child, _, _ = first_screen(argv, env, marker)
            child.send(b"\r")
            child.read_until_quiet(QUIET)
            child.send(b"\r")
            child.read_until_quiet(QUIET)
            for _ in range(5):
                child.send(DOWN)
                child.read_until_quiet(KEY_QUIET)
            screen = bytes(child.output[-3000:]).decode("utf-8", "replace")
            add(f"peak_kb casework {store} case open", child.peak_kb())
            add(f"anon_kb casework {store} case open", child.anon_kb())
            add(f"quit_ms casework {store} case open", child.quit(b"q") * 1000)
            results.setdefault("opened_screen_tail", []).append(screen[-300:])
            shutil.rmtree(os.path.join(args.stores, store, "sessions"), ignore_errors=True)

    with open(args.out, "w") as handle:
        json.dump(results, handle, indent=1)


if __name__ == "__main__":
    main()
