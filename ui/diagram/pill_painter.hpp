#pragma once

#include <QColor>
#include <QRectF>

class QPainter;

namespace ackademy::ui {

/// Paints a pill: the rounded rectangle `r` (corners of `radius`) filled with `fill` and
/// outlined by a pen of `width` in `border` (no outline when `border` is invalid), as
/// QPainter::drawRoundedRect does.
///
/// Why not just drawRoundedRect: the diagram draws a pill under every label, badge and
/// countdown, about 100 in a dense 1920x1080 frame, and Qt 6.4's raster engine hands any fill
/// of more than 96 spans (a pill taller than about 30 px) to its thread pool and waits for it.
/// That cost 4.7 ms of a 10.2 ms frame (docs/performance.md). On a raster device whose
/// transform is a plain translation, the pill is instead drawn as a nine-patch: its corners and
/// edges are copied from a small image of the same pill painted once by drawRoundedRect, and
/// its inside is filled with `fill`. The pill's edges are then on whole device pixels (it moves
/// by less than half a pixel). The same holds under a uniform scale (a hi-DPI screen, a 2x
/// export): the image is painted at that scale. Every other device (SVG, PDF) and transform
/// gets drawRoundedRect, so vector output keeps its vector shapes.
void paintPill(QPainter& p, const QRectF& r, const QColor& fill, const QColor& border, double width,
               double radius);

/// The device-pixel rectangle the nine-patch path gives a pill at `r` under a scale by `scale`
/// then a translation by (dx, dy): `r` mapped and rounded to whole pixels. Tests draw the
/// reference pill there.
QRectF snappedPillRect(const QRectF& r, double dx, double dy, double scale = 1);

} // namespace ackademy::ui
