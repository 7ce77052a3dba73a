# chapter: 1
# except Exception does not catch what derives from BaseException only.
class Stop(BaseException):
    pass


try:
    try:
        raise Stop("stopped")
    except Exception:
        print("never")
except BaseException as e:
    print("outer", repr(e))
raise Stop("uncaught")
