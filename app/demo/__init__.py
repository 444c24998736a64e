"""The simulated RUFUS cloud: product (``--demo``), training ground and test double in one.

Standard library only; never imports Qt.
"""

from app.demo.api import Generation
from app.demo.faults import Fault, FaultKind
from app.demo.server import DemoCloud
from app.demo.state import AccessType, CloudState

__all__ = ["AccessType", "CloudState", "DemoCloud", "Fault", "FaultKind", "Generation"]
