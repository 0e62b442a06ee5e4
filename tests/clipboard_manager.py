"""A minimal X11 clipboard manager for tests (code review 83 BA7), in its own process: it owns
``CLIPBOARD_MANAGER`` on ``$DISPLAY``; asked ``SAVE_TARGETS`` by a client quitting (Qt's xcb
clipboard does so as the QGuiApplication is destroyed), it takes the clipboard's text as UTF-8
from that client, answers, then owns ``CLIPBOARD`` itself and gives that text to whoever pastes.
Prints "ready" once it owns ``CLIPBOARD_MANAGER`` and "saved <n>" once it holds the text (n
bytes). Runs until killed. Only the text (``UTF8_STRING``) is kept, as much as the test needs."""

from __future__ import annotations

import ctypes
import sys

vp, ul, c_int = ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int
SELECTION_REQUEST, SELECTION_NOTIFY = 30, 31
PROP_MODE_REPLACE, XA_ATOM = 0, 4


class SelectionRequest(ctypes.Structure):
    _fields_ = [("type", c_int), ("serial", ul), ("send_event", c_int), ("display", vp), ("owner", ul),
                ("requestor", ul), ("selection", ul), ("target", ul), ("property", ul), ("time", ul)]


class SelectionNotify(ctypes.Structure):
    _fields_ = [("type", c_int), ("serial", ul), ("send_event", c_int), ("display", vp), ("requestor", ul),
                ("selection", ul), ("target", ul), ("property", ul), ("time", ul)]


class Event(ctypes.Union):
    _fields_ = [("type", c_int), ("request", SelectionRequest), ("notify", SelectionNotify), ("pad", ctypes.c_long * 24)]


def _x11() -> ctypes.CDLL:
    lib = ctypes.CDLL("libX11.so.6")
    lib.XOpenDisplay.restype, lib.XOpenDisplay.argtypes = vp, [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype, lib.XDefaultRootWindow.argtypes = ul, [vp]
    lib.XCreateSimpleWindow.restype = ul
    lib.XCreateSimpleWindow.argtypes = [vp, ul, c_int, c_int, ctypes.c_uint, ctypes.c_uint, ctypes.c_uint, ul, ul]
    lib.XInternAtom.restype, lib.XInternAtom.argtypes = ul, [vp, ctypes.c_char_p, c_int]
    lib.XSetSelectionOwner.argtypes = [vp, ul, ul, ul]
    lib.XConvertSelection.argtypes = [vp, ul, ul, ul, ul, ul]
    lib.XNextEvent.argtypes = [vp, ctypes.POINTER(Event)]
    lib.XSendEvent.argtypes = [vp, ul, c_int, ctypes.c_long, ctypes.POINTER(Event)]
    lib.XChangeProperty.argtypes = [vp, ul, ul, ul, c_int, c_int, ctypes.c_void_p, c_int]
    lib.XGetWindowProperty.argtypes = [vp, ul, ul, ctypes.c_long, ctypes.c_long, c_int, ul, ctypes.POINTER(ul),
                                       ctypes.POINTER(c_int), ctypes.POINTER(ul), ctypes.POINTER(ul),
                                       ctypes.POINTER(ctypes.c_void_p)]
    lib.XFlush.argtypes = [vp]
    return lib


def main() -> None:
    x = _x11()
    dpy = x.XOpenDisplay(None)
    if not dpy:
        sys.exit("cannot open the display")
    win = x.XCreateSimpleWindow(dpy, x.XDefaultRootWindow(dpy), 0, 0, 1, 1, 0, 0, 0)
    atom = {name: x.XInternAtom(dpy, name.encode(), 0) for name in (
        "CLIPBOARD_MANAGER", "SAVE_TARGETS", "CLIPBOARD", "UTF8_STRING", "TARGETS", "_TEST_SAVED")}
    x.XSetSelectionOwner(dpy, atom["CLIPBOARD_MANAGER"], win, 0)
    x.XFlush(dpy)
    print("ready", flush=True)
    saved: bytes | None = None
    asked: SelectionRequest | None = None  # the SAVE_TARGETS request being served
    event = Event()

    def answer(request: SelectionRequest, prop: int) -> None:
        reply = Event()
        reply.notify = SelectionNotify(SELECTION_NOTIFY, 0, 1, dpy, request.requestor, request.selection,
                                       request.target, prop, request.time)
        x.XSendEvent(dpy, request.requestor, 0, 0, ctypes.byref(reply))
        x.XFlush(dpy)

    while True:
        x.XNextEvent(dpy, ctypes.byref(event))
        if event.type == SELECTION_REQUEST:
            request = SelectionRequest.from_buffer_copy(event.request)
            if request.selection == atom["CLIPBOARD_MANAGER"] and request.target == atom["SAVE_TARGETS"]:
                asked = request
                x.XConvertSelection(dpy, atom["CLIPBOARD"], atom["UTF8_STRING"], atom["_TEST_SAVED"], win, 0)
                x.XFlush(dpy)
            elif request.selection == atom["CLIPBOARD"] and saved is not None:
                if request.target == atom["TARGETS"]:
                    targets = (ul * 2)(atom["TARGETS"], atom["UTF8_STRING"])
                    x.XChangeProperty(dpy, request.requestor, request.property, XA_ATOM, 32, PROP_MODE_REPLACE,
                                      targets, 2)
                    answer(request, request.property)
                elif request.target == atom["UTF8_STRING"]:
                    x.XChangeProperty(dpy, request.requestor, request.property, atom["UTF8_STRING"], 8,
                                      PROP_MODE_REPLACE, saved, len(saved))
                    answer(request, request.property)
                else:
                    answer(request, 0)
            else:
                answer(request, 0)
        elif event.type == SELECTION_NOTIFY and asked is not None:
            notify = SelectionNotify.from_buffer_copy(event.notify)
            kind, fmt, count, after, data = ul(), c_int(), ul(), ul(), ctypes.c_void_p()
            if notify.property:
                x.XGetWindowProperty(dpy, win, atom["_TEST_SAVED"], 0, 1 << 20, 1, 0, ctypes.byref(kind),
                                     ctypes.byref(fmt), ctypes.byref(count), ctypes.byref(after), ctypes.byref(data))
                saved = ctypes.string_at(data, count.value) if data else b""
                x.XSetSelectionOwner(dpy, atom["CLIPBOARD"], win, 0)
                print(f"saved {len(saved)}", flush=True)
            answer(asked, asked.property)
            asked = None


if __name__ == "__main__":
    main()
