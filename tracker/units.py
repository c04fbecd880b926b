"""The single pint UnitRegistry, extended by lexicons/units.txt, and the map from the
contract's unit strings (SCHEMA.md) to pint units."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from importlib import resources

#: Contract unit -> pint expression. The contract's `bbl` is the 42-gallon oil barrel.
CONTRACT_TO_PINT = {
    "m3": "meter ** 3",
    "bcm": "bcm",
    "t": "metric_ton",
    "bbl": "oil_barrel",
    "bbl/d": "oil_barrel / day",
    "TWh": "terawatt_hour",
    "GWh": "gigawatt_hour",
    "MWh": "megawatt_hour",
    "units": "vehicle",
}
#: Units that are reported in another contract unit: GWh figures are kept in TWh.
PREFERRED = {"GWh": "TWh"}


@lru_cache(maxsize=1)
def registry():  # type: ignore[no-untyped-def]
    """The one pint registry (built on first use, not at import)."""
    import pint

    try:  # pint's own cache of its parsed definitions (~/.cache/pint): 0.6 s -> 0.03 s per process
        ureg = pint.UnitRegistry(cache_folder=":auto:")
    except Exception:  # noqa: BLE001 - an unwritable or damaged cache: build it afresh
        ureg = pint.UnitRegistry()
    defs = resources.files("tracker.lexicons").joinpath("units.txt").read_text(encoding="utf-8")
    for line in defs.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            ureg.define(line)
    return ureg


def to_contract(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """A physical quantity in the contract's unit: billions of m3 become bcm, GWh become TWh.

    >>> to_contract(Decimal("22.7e9"), "m3")
    (Decimal('22.7'), 'bcm')
    """
    target = PREFERRED.get(unit, unit)
    if unit == "m3" and abs(value) >= Decimal("1e9"):
        target = "bcm"
    if target == unit:
        return value, unit
    ureg = registry()
    q = ureg.Quantity(float(value), CONTRACT_TO_PINT[unit]).to(CONTRACT_TO_PINT[target])
    return Decimal(repr(round(q.magnitude, 9))).normalize(), target


def convert(value: float, unit: str, target: str) -> float:
    """Convert between two contract units through pint (e.g. bcm -> m3)."""
    ureg = registry()
    return float(ureg.Quantity(value, CONTRACT_TO_PINT[unit]).to(CONTRACT_TO_PINT[target]).magnitude)
