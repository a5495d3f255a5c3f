"""The colours of the app as semantic roles, each with a light and a dark value.

Plain data: `ui/theme.py` applies them to the Qt palette, the widgets and the
rich text; nothing else names a colour. The values meet WCAG AA: text roles are
at least 4.5:1 on both surfaces, control borders at least 3:1."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    SURFACE = "surface"  # content background
    SURFACE_ALT = "surface_alt"  # sidebar, cards, headers
    TEXT = "text"
    MUTED = "muted"  # secondary text
    ACCENT = "accent"  # links, selection, focus, the current step
    DANGER = "danger"  # overdue, refused input, failed
    WARNING = "warning"  # needs a date, due today
    SUCCESS = "success"  # completed, done, an answer received
    BORDER = "border"  # decorative lines
    CONTROL_BORDER = "control_border"  # input borders


@dataclass(frozen=True)
class Colour:
    light: str
    dark: str

    def value(self, dark: bool) -> str:
        return self.dark if dark else self.light


ROLES: dict[Role, Colour] = {
    Role.SURFACE: Colour("#FFFFFF", "#1C1D20"),
    Role.SURFACE_ALT: Colour("#F5F6F8", "#25272B"),
    Role.TEXT: Colour("#1B1F24", "#E8EAED"),
    Role.MUTED: Colour("#59636E", "#A8B0B9"),
    Role.ACCENT: Colour("#0B57D0", "#8AB4F8"),
    Role.DANGER: Colour("#B3261E", "#F2B8B5"),
    Role.WARNING: Colour("#8A5300", "#F0C05A"),
    Role.SUCCESS: Colour("#1A712F", "#7DD99B"),  # STYLE.md has #1E7B34: 4.2:1 as a chip on a card
    Role.BORDER: Colour("#D0D5DB", "#3C4046"),
    Role.CONTROL_BORDER: Colour("#848D97", "#6E7681"),  # STYLE.md has #8C959F: 2.8:1 on surface_alt
}

TEXT_ROLES = (Role.TEXT, Role.MUTED, Role.ACCENT, Role.DANGER, Role.WARNING, Role.SUCCESS)
SURFACES = (Role.SURFACE, Role.SURFACE_ALT)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(hex_colour: str) -> float:
    r, g, b = (int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


CHIP_MIX = {False: 0.12, True: 0.16}  # how much of a role goes into the surface (light, dark)
ICON_ROLES = (Role.TEXT, Role.MUTED, Role.ACCENT, Role.DANGER, Role.WARNING, Role.SUCCESS)
STATUS_ROLES = (Role.ACCENT, Role.DANGER, Role.WARNING, Role.SUCCESS, Role.MUTED)  # chips


def mix(top: str, base: str, share: float) -> str:
    """`share` of `top` mixed into `base` (chips: a role tinted into the surface)."""
    a = [int(top.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    b = [int(base.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4)]
    return "#" + "".join(f"{round(x * share + y * (1 - share)):02X}" for x, y in zip(a, b, strict=True))


def chip_background(role: Role, dark: bool, into: Role = Role.SURFACE) -> str:
    return mix(ROLES[role].value(dark), ROLES[into].value(dark), CHIP_MIX[dark])


def pairs(dark: bool) -> list[tuple[str, str, str, float]]:
    """Every foreground/background pair the app draws, with the ratio it must meet:
    (what, foreground, background, minimum)."""
    found: list[tuple[str, str, str, float]] = []
    for surface in SURFACES:
        bg = ROLES[surface].value(dark)
        for role in TEXT_ROLES:
            found.append((f"{role} text on {surface}", ROLES[role].value(dark), bg, 4.5))
        found.append((f"control border on {surface}", ROLES[Role.CONTROL_BORDER].value(dark), bg, 3.0))
        for role in STATUS_ROLES:
            chip = chip_background(role, dark, surface)
            found.append((f"{role} chip on {surface}", ROLES[role].value(dark), chip, 4.5))
            found.append((f"text on {role} chip on {surface}", ROLES[Role.TEXT].value(dark), chip, 4.5))
    # selection and the primary button: the surface colour on the accent
    found.append(("selected text", ROLES[Role.SURFACE].value(dark), ROLES[Role.ACCENT].value(dark), 4.5))
    # the together-mode band (warning mixed into the surface) carries body text
    band = chip_background(Role.WARNING, dark)
    found.append(("text on the together band", ROLES[Role.TEXT].value(dark), band, 4.5))
    # a stepper's step that is not yet held: a muted ring with a muted number inside
    return found
