def wait(self):
    if pid == 0:
        try:
            a()
        finally:
            b()
    else:
        c()
    return self.r
