"""The application's controller: no widgets; owns what the console knows and schedules every
job (app/control/console.py)."""
