# current_thread/main_thread/get_ident inside threads; default names; repr states.
import threading

main = threading.main_thread()
print(main is threading.current_thread(), main.name, main.daemon)
info = []


def who():
    me = threading.current_thread()
    info.append((me.name, me.ident == threading.get_ident(), me is not main,
                 threading.main_thread() is main, me.is_alive()))


t = threading.Thread(target=who, name="named")
t.start()
t.join()
print(info)
t = threading.Thread(target=lambda: None)
print(t.name.startswith("Thread-"), "(<lambda>)" in t.name)
print(repr(t).startswith("<Thread(Thread-"), "initial" in repr(t))
t.start()
t.join()
print("stopped" in repr(t), t.is_alive())
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))
print(threading.TIMEOUT_MAX > 0, threading.active_count())
