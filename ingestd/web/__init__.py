"""The reviewers' web app (``ingestd web``): the intake log, what needs attention, reports,
search and spreadsheet exports, behind local accounts, with every access audited.

It is server-rendered (Starlette and Jinja2 templates, no front-end build, every asset in the
package) and talks only to the database: under its unit it has no access to the spool, the
GnuPG home or the originals. The one exception, the admins' password form, reprocesses a held
original only where the process can reach it, and otherwise names the CLI command. Modules:

    app.py        the routes table and ``create_app``: one place to see every URL
    security.py   headers, CSRF tokens, the session key, the client's address
    auth.py       who is asking: sessions, single sign-on, roles, the audit of refusals; the
                  guard that reads the body (capped) and runs handlers in the threadpool
    auditlimit.py anonymous refusals: one audit row a minute per address, with a count
    logview.py    the intake log's filters, counts and pages, from the query string
    exports.py    the log as CSV and XLSX
    present.py    dates, deadlines and crypto status in words
    views.py      the page handlers
    quarantineviews.py  "Try this password" on a held protected attachment (admins)
"""
