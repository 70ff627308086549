//! `time.struct_time` and the calendar functions built on it: `gmtime`, `localtime`,
//! `mktime`, `asctime`, `ctime` and `strftime`. pyvm reads no time zone database, so local
//! time is UTC (`tm_zone` 'UTC', offset 0).

use crate::builtins::function;
use crate::types::function::Args;
use crate::value::{PyRef, Value};
use crate::vm::{PyResult, Vm};

const FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const DAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

pub fn init(vm: &Vm, ns: &PyRef) {
    let t = struct_time_type(vm);
    vm.dict_set_str(ns, "struct_time", Value::Obj(t));
    function(vm, ns, "time", "gmtime", gmtime);
    function(vm, ns, "time", "localtime", localtime);
    function(vm, ns, "time", "mktime", mktime);
    function(vm, ns, "time", "asctime", asctime);
    function(vm, ns, "time", "ctime", ctime);
    function(vm, ns, "time", "strftime", strftime);
    vm.dict_set_str(ns, "timezone", Value::Int(0));
    vm.dict_set_str(ns, "altzone", Value::Int(0));
    vm.dict_set_str(ns, "daylight", Value::Int(0));
    vm.dict_set_str(
        ns,
        "tzname",
        vm.new_tuple(vec![vm.new_str("UTC"), vm.new_str("UTC")]),
    );
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// The nine calendar fields of `secs` seconds since the epoch, in UTC.
fn fields_of(secs: i64) -> [i64; 9] {
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7); // 1970-01-01 was a Thursday
    let yday = days - days_from_civil(y, 1, 1) + 1;
    [
        y,
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        wday,
        yday,
        0,
    ]
}

/// `time.struct_time`, one per interpreter (shared by all its threads).
fn struct_time_type(vm: &Vm) -> PyRef {
    vm.native_type("time.struct_time", |vm| {
        super::structseq::make_type(vm, "time", "struct_time", &FIELDS, 9, true)
    })
}

fn seconds_arg(vm: &Vm, args: &Args, name: &str) -> PyResult<i64> {
    let a = args.fixed(vm, name, 0, 1)?;
    match a.first() {
        None | Some(Value::None) => {
            let d = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            Ok(d.as_secs() as i64)
        }
        Some(Value::Int(i)) => Ok(*i),
        Some(Value::Bool(b)) => Ok(*b as i64),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(vm.value_error("Invalid value NaN (not a number)"));
            }
            if !f.is_finite() || f.abs() > 1e17 {
                return Err(vm.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(f.trunc() as i64)
        }
        Some(v) => {
            let t = crate::types::typeobj::data(vm.type_of(v)).name();
            Err(vm.type_error(format!("'{t}' object cannot be interpreted as an integer")))
        }
    }
}

fn make_struct(vm: &Vm, f: [i64; 9], zone: &str) -> PyResult<Value> {
    let t = struct_time_type(vm);
    let mut values: Vec<Value> = f.iter().map(|v| Value::Int(*v)).collect();
    values.push(vm.new_str(zone));
    values.push(Value::Int(0));
    super::structseq::new_instance(vm, &t, values)
}

fn gmtime(vm: &Vm, args: Args) -> PyResult<Value> {
    broken_down(vm, args, "gmtime", "GMT")
}

fn localtime(vm: &Vm, args: Args) -> PyResult<Value> {
    broken_down(vm, args, "localtime", "UTC")
}

fn broken_down(vm: &Vm, args: Args, name: &str, zone: &str) -> PyResult<Value> {
    let secs = seconds_arg(vm, &args, name)?;
    if !(-67768040609740800..=67768036191676799).contains(&secs) {
        return Err(vm.overflow_error("timestamp out of range for platform time_t"));
    }
    make_struct(vm, fields_of(secs), zone)
}

/// The nine integer fields of a struct_time or 9-tuple argument.
fn tuple_fields(vm: &Vm, v: &Value, func: &str) -> PyResult<[i64; 9]> {
    let items = match v.as_obj().and_then(|o| o.as_tuple()) {
        Some(items) => items.to_vec(),
        None => {
            return Err(vm.type_error(if func == "mktime" {
                "Tuple or struct_time argument required".to_string()
            } else {
                format!("{func}(): illegal time tuple argument")
            }))
        }
    };
    if items.len() != 9 {
        return Err(vm.type_error(
            "function takes exactly 9 arguments ({} given)".replace("{}", &items.len().to_string()),
        ));
    }
    let mut out = [0i64; 9];
    for (i, item) in items.iter().enumerate() {
        out[i] = match item {
            Value::Int(n) => *n,
            Value::Bool(b) => *b as i64,
            other => {
                let t = crate::types::typeobj::data(vm.type_of(other)).name();
                return Err(
                    vm.type_error(format!("'{t}' object cannot be interpreted as an integer"))
                );
            }
        };
    }
    Ok(out)
}

fn time_or_now(vm: &Vm, v: Option<&Value>, func: &str) -> PyResult<[i64; 9]> {
    match v {
        Some(v) => tuple_fields(vm, v, func),
        None => {
            let d = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            Ok(fields_of(d.as_secs() as i64))
        }
    }
}

fn mktime(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "mktime", 1, 1)?;
    let f = tuple_fields(vm, &a[0], "mktime")?;
    // mktime normalises out-of-range months, days and times, as C's does.
    let months = f[0] * 12 + (f[1] - 1);
    let (y, m) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    let days = days_from_civil(y, m, 1) + f[2] - 1;
    let secs = days * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
    Ok(Value::Float(secs as f64))
}

/// Validates the fields the way `time.strftime`/`asctime` do (CPython's `checktm`).
fn check(vm: &Vm, f: &mut [i64; 9], func: &str) -> PyResult<()> {
    if f[1] == 0 {
        f[1] = 1;
    }
    if f[2] == 0 {
        f[2] = 1;
    }
    if f[7] == 0 {
        f[7] = 1;
    }
    let err = |what: &str| Err(vm.value_error(format!("{what} out of range")));
    if !(1..=12).contains(&f[1]) {
        return err("month");
    }
    if !(1..=31).contains(&f[2]) {
        return err("day of month");
    }
    if !(0..=23).contains(&f[3]) {
        return err("hour");
    }
    if !(0..=59).contains(&f[4]) {
        return err("minute");
    }
    if !(0..=61).contains(&f[5]) {
        return err("seconds");
    }
    if f[6] < 0 {
        return err("day of week");
    }
    if !(1..=366).contains(&f[7]) {
        return err("day of year");
    }
    let _ = func;
    f[6] %= 7;
    Ok(())
}

fn asctime_of(f: &[i64; 9]) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[f[6] as usize % 7],
        MONTHS[(f[1] - 1) as usize % 12],
        f[2],
        f[3],
        f[4],
        f[5],
        f[0]
    )
}

fn asctime(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "asctime", 0, 1)?;
    let mut f = time_or_now(vm, a.first(), "asctime")?;
    check(vm, &mut f, "asctime")?;
    Ok(vm.new_str(asctime_of(&f)))
}

fn ctime(vm: &Vm, args: Args) -> PyResult<Value> {
    let secs = seconds_arg(vm, &args, "ctime")?;
    Ok(vm.new_str(asctime_of(&fields_of(secs))))
}

fn strftime(vm: &Vm, args: Args) -> PyResult<Value> {
    let a = args.fixed(vm, "strftime", 1, 2)?;
    let fmt = match a[0].as_obj().and_then(|o| o.as_str()) {
        Some(s) => s.as_str().to_string(),
        None => {
            let t = crate::types::typeobj::data(vm.type_of(&a[0])).name();
            return Err(vm.type_error(format!("strftime() argument 1 must be str, not {t}")));
        }
    };
    let mut f = time_or_now(vm, a.get(1), "strftime")?;
    check(vm, &mut f, "strftime")?;
    // %Z names the struct_time's own zone (GMT for gmtime), else the local one.
    let zone = match a
        .get(1)
        .and_then(|v| v.as_obj())
        .and_then(|o| o.dict.clone())
    {
        Some(d) => match vm.dict_get_str(&d, "tm_zone")? {
            Some(z) if !z.is_none() => vm.str_of(&z)?,
            _ => "UTC".to_string(),
        },
        None => "UTC".to_string(),
    };
    Ok(vm.new_str(format_time(&fmt, &f, &zone)))
}

/// C `strftime` in the C locale for the common directives; unknown ones are copied.
fn format_time(fmt: &str, f: &[i64; 9], zone: &str) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    let (y, mon, d, h, mi, s, wd, yd) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]);
    let sunday_wd = (wd + 1) % 7;
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d2) = chars.next() else {
            out.push('%');
            break;
        };
        let piece = match d2 {
            'Y' => y.to_string(),
            'y' => format!("{:02}", y.rem_euclid(100)),
            'C' => format!("{:02}", y.div_euclid(100)),
            'm' => format!("{mon:02}"),
            'd' => format!("{d:02}"),
            'e' => format!("{d:2}"),
            'H' => format!("{h:02}"),
            'I' => format!("{:02}", if h % 12 == 0 { 12 } else { h % 12 }),
            'M' => format!("{mi:02}"),
            'S' => format!("{s:02}"),
            'p' => (if h < 12 { "AM" } else { "PM" }).to_string(),
            'a' => DAYS[wd as usize].to_string(),
            'A' => DAY_NAMES[wd as usize].to_string(),
            'b' | 'h' => MONTHS[(mon - 1) as usize].to_string(),
            'B' => MONTH_NAMES[(mon - 1) as usize].to_string(),
            'j' => format!("{yd:03}"),
            'w' => sunday_wd.to_string(),
            'u' => (wd + 1).to_string(),
            'U' => format!("{:02}", (yd - 1 + 7 - sunday_wd) / 7),
            'W' => format!("{:02}", (yd - 1 + 7 - wd) / 7),
            'D' => format!("{mon:02}/{d:02}/{:02}", y.rem_euclid(100)),
            'F' => format!("{y}-{mon:02}-{d:02}"),
            'T' => format!("{h:02}:{mi:02}:{s:02}"),
            'R' => format!("{h:02}:{mi:02}"),
            'r' => format!(
                "{:02}:{mi:02}:{s:02} {}",
                if h % 12 == 0 { 12 } else { h % 12 },
                if h < 12 { "AM" } else { "PM" }
            ),
            'c' => asctime_of(f),
            'x' => format!("{mon:02}/{d:02}/{:02}", y.rem_euclid(100)),
            'X' => format!("{h:02}:{mi:02}:{s:02}"),
            'Z' => zone.to_string(),
            'z' => "+0000".to_string(),
            'n' => "\n".to_string(),
            't' => "\t".to_string(),
            '%' => "%".to_string(),
            'G' | 'g' | 'V' => iso_part(d2, y, yd, wd),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    out
}

/// `%G`, `%g`, `%V`: the ISO 8601 week-based year and week number.
fn iso_part(which: char, y: i64, yday: i64, wday: i64) -> String {
    // Week of the Thursday in this date's week decides the ISO year.
    let mut year = y;
    let mut week = (yday - 1 - wday + 10) / 7;
    if week < 1 {
        year -= 1;
        let prev_len = if is_leap(year) { 366 } else { 365 };
        week = (yday + prev_len - 1 - wday + 10) / 7;
    } else {
        let len = if is_leap(y) { 366 } else { 365 };
        if week == 53 && (yday - 1 - wday + 3) >= len {
            year += 1;
            week = 1;
        }
    }
    match which {
        'G' => year.to_string(),
        'g' => format!("{:02}", year.rem_euclid(100)),
        _ => format!("{week:02}"),
    }
}
