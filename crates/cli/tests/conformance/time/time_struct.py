# time.struct_time from fixed timestamps: gmtime, mktime, asctime, ctime, strftime directives, errors.
import time
for s in (0, 1_000_000_000, 951782400, 1709251199, -86400*365*3, 1234567890.9, 2**31, 1104537600, 1230681600):
    g = time.gmtime(s)
    print(g, time.mktime(g), time.asctime(g), time.strftime("%a %A %b %B %c %d %e %H %I %j %m %M %p %S %U %W %w %u %y %Y %G %g %V %F %T %D %R %% %Z", g))
g = time.gmtime(0)
print(g.tm_zone, g.tm_gmtoff, len(g), g[:3], type(g).__name__, type(g).__module__, type(g).n_fields, type(g).n_sequence_fields)
print(time.struct_time((2020,1,2,3,4,5,6,7,0)))
s = time.struct_time((2020,1,2,3,4,5,6,7,0,'X',3600)); print(s.tm_zone, s.tm_gmtoff, s)
print(time.ctime(0), time.strftime("%Y", (2000,1,1,0,0,0,0,1,0)))
for f in (lambda: time.struct_time((1,2,3)), lambda: time.struct_time(5), lambda: time.struct_time(range(12)), lambda: time.mktime(5),
          lambda: time.strftime("%Y", (2000,13,1,0,0,0,0,1,0)), lambda: time.strftime(5), lambda: time.gmtime("x"), lambda: g.__setattr__('tm_year', 1)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(time.struct_time(range(9)), g == tuple(g), g.__reduce__())
