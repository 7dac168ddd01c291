#!/usr/bin/env python3
"""Where the application's CPU time went under the contest's load: reads `jfr print --events
jdk.ExecutionSample` (stdin) and prints, over the samples of the request threads (Tomcat's http-nio
workers), the share of samples whose stack contains each of a list of markers (inclusive time), then the
hottest frames of the application's own code (org.parindex, inclusive) and the hottest top frames (self
time). Usage: jfr print --events jdk.ExecutionSample app.jfr | python3 profile.py"""
import collections
import re
import sys

MARKERS = [
    ("Thymeleaf: rendering templates", "org.thymeleaf."),
    ("PostgreSQL driver (JDBC, incl. waiting on the socket)", "org.postgresql."),
    ("HikariCP: getting a connection", "com.zaxxer.hikari.pool.HikariPool.getConnection"),
    ("Spring transactions (begin/commit)", "org.springframework.transaction."),
    ("CSRF token: HttpSessionCsrfTokenRepository", "HttpSessionCsrfTokenRepository"),
    ("CSRF token: CookieCsrfTokenRepository (contest visitors)", "CookieCsrfTokenRepository"),
    ("session: creating/looking up (Tomcat)", "org.apache.catalina.session."),
    ("session in the database (Spring Session JDBC's repository: read, write back, create)",
     "org.springframework.session.jdbc.JdbcIndexedSessionRepository"),
    ("rendering the page (DispatcherServlet.render)", "org.springframework.web.servlet.DispatcherServlet.render"),
    ("finding the handler (DispatcherServlet.getHandler)", "org.springframework.web.servlet.DispatcherServlet.getHandler"),
    ("the handler (RequestMappingHandlerAdapter.handleInternal)", "RequestMappingHandlerAdapter.handleInternal"),
    ("messages (MessageSource)", "org.springframework.context.support.AbstractMessageSource"),
    ("Jackson (JSON answer of the save)", "com.fasterxml.jackson."),
    ("logging", "ch.qos.logback."),
    ("contest: ContestEntryController", "org.parindex.contest.web.ContestEntryController"),
    ("contest: EntryService", "org.parindex.contest.EntryService"),
    ("contest: EntryRepository", "org.parindex.contest.EntryRepository"),
    ("contest: ContestCatalog", "org.parindex.contest.ContestCatalog"),
    ("layout: LayoutAttributes (every page)", "org.parindex.platform.web.LayoutAttributes"),
    ("Tomcat socket read/write", "sun.nio.ch."),
    ("SecureRandom (tokens)", "java.security.SecureRandom"),
]

samples = []
stack = None
thread = ""
for line in sys.stdin:
    line = line.rstrip("\n")
    if line.startswith("jdk.ExecutionSample"):
        stack = []
        thread = ""
    elif stack is not None and "sampledThread" in line:
        thread = line
    elif stack is not None and line.strip().startswith("stackTrace = ["):
        pass
    elif stack is not None and line.strip() == "]":
        samples.append((thread, stack))
        stack = None
    elif stack is not None and line.startswith("    ") and "line:" in line:
        stack.append(re.sub(r"\s+line:.*", "", line.strip()))

requests = [s for t, s in samples if "http-nio" in t or "exec-" in t]
print(f"{len(samples)} CPU samples, {len(requests)} in request threads (stacks cut at 256 frames)")
if not requests:
    sys.exit(0)
print("inclusive share of the request threads' samples:")
for name, marker in MARKERS:
    n = sum(1 for s in requests if any(marker in f for f in s))
    print(f"  {100 * n / len(requests):5.1f} %  {name}")
# self time by library: each sample goes to the first frame from the top that is not the JDK's
LIBRARIES = [
    ("Thymeleaf (templates) and unbescape (escaping)", ("org.thymeleaf.", "org.unbescape.", "org.attoparser.")),
    ("PostgreSQL driver", ("org.postgresql.",)),
    ("HikariCP", ("com.zaxxer.",)),
    ("Spring Security", ("org.springframework.security.",)),
    ("Spring MVC and web (handler mapping, arguments, views)", ("org.springframework.web.",)),
    ("Spring JDBC and transactions", ("org.springframework.jdbc.", "org.springframework.transaction.")),
    ("Spring core, context, expressions (SpEL), AOP", ("org.springframework.",)),
    ("Tomcat", ("org.apache.tomcat.", "org.apache.catalina.", "org.apache.coyote.")),
    ("Micrometer (observations)", ("io.micrometer.",)),
    ("Jackson", ("com.fasterxml.",)),
    ("logging", ("ch.qos.", "org.slf4j.")),
    ("the application (org.parindex)", ("org.parindex.",)),
]
by_library = collections.Counter()
for s in requests:
    owner = "only JDK frames"
    for f in s:
        if f.startswith(("java.", "javax.", "jdk.", "sun.", "com.sun.")):
            continue
        owner = next((name for name, prefixes in LIBRARIES if f.startswith(prefixes)), "other: " + f.split("(")[0])
        break
    by_library[owner] += 1
print("self time by library (first frame from the top outside the JDK):")
for name, n in by_library.most_common(16):
    print(f"  {100 * n / len(requests):5.1f} %  {name}")
own = collections.Counter()
for s in requests:
    for f in set(f for f in s if f.startswith("org.parindex.")):
        own[f] += 1
print("application methods, inclusive:")
for f, n in own.most_common(20):
    print(f"  {100 * n / len(requests):5.1f} %  {f}")
top = collections.Counter(s[0] for s in requests if s)
print("top frames (self):")
for f, n in top.most_common(15):
    print(f"  {100 * n / len(requests):5.1f} %  {f}")
