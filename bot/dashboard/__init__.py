"""The staff dashboard: sign-in from Telegram, weekly charts, grouped jobs, the handoff
board, praise and ideas, a JSON API and CSV exports, all rendered on the server."""
