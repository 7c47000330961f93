#include "ui/diagram/pill_painter.hpp"

#include <QImage>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ackademy::ui {

namespace {

/// One pill, painted once into a (2k+1) x (2k+1) image: its four corners are the image's
/// k x k corners, and row k and column k cross the straight edges, the same all along them.
struct Stamp {
    QRgb fill = 0;
    QRgb border = 0; ///< 0 when the pill has no outline
    double width = 0;
    double radius = 0;
    double scale = 1; ///< device pixels per unit: a hi-DPI screen's ratio, or a 2x export's
    int fringe = 0; ///< pixels of outline and antialiasing outside the pill's rectangle
    int k = 0;
    QImage image;
};

Stamp makeStamp(const QColor& fill, const QColor& border, double width, double radius, double scale)
{
    Stamp s;
    s.fill = fill.rgba();
    s.border = border.isValid() ? border.rgba() : 0;
    s.width = width;
    s.radius = radius;
    s.scale = scale;
    // Painted in device pixels, so that it is copied pixel for pixel.
    width *= scale;
    radius *= scale;
    s.fringe = static_cast<int>(std::ceil(border.isValid() ? width / 2 : 0)) + 1;
    s.k = s.fringe + static_cast<int>(std::ceil(radius)) + 1;
    const int size = 2 * s.k + 1;
    s.image = QImage(size, size, QImage::Format_ARGB32_Premultiplied);
    s.image.fill(Qt::transparent);
    QPainter q(&s.image);
    q.setRenderHint(QPainter::Antialiasing, true);
    q.setBrush(fill);
    q.setPen(border.isValid() ? QPen(border, width) : QPen(Qt::NoPen));
    const double inset = s.fringe;
    q.drawRoundedRect(QRectF(inset, inset, size - 2 * inset, size - 2 * inset), radius, radius);
    return s;
}

/// The stamps painted so far on this thread. A frame uses a handful (one per colour pair), so
/// a short list searched in order is enough; it is emptied if it ever grows long.
const Stamp& stampFor(const QColor& fill, const QColor& border, double width, double radius, double scale)
{
    thread_local std::vector<Stamp> stamps;
    const QRgb borderKey = border.isValid() ? border.rgba() : 0;
    for (const Stamp& s : stamps)
        if (s.fill == fill.rgba() && s.border == borderKey && s.width == width && s.radius == radius &&
            s.scale == scale)
            return s;
    constexpr std::size_t kMostStamps = 64;
    if (stamps.size() >= kMostStamps) stamps.clear();
    stamps.push_back(makeStamp(fill, border, width, radius, scale));
    return stamps.back();
}

bool canStamp(const QPainter& p, const QColor& fill)
{
    // A translation, or one with the same positive scale both ways (hi-DPI, 2x export).
    const QTransform device = p.deviceTransform();
    const bool uniform = device.type() <= QTransform::TxTranslate ||
                         (device.type() == QTransform::TxScale && device.m11() == device.m22() && device.m11() > 0);
    return p.paintEngine() != nullptr && p.paintEngine()->type() == QPaintEngine::Raster && uniform &&
           fill.alpha() == 255 &&
           p.compositionMode() == QPainter::CompositionMode_SourceOver && p.opacity() == 1.0;
}

} // namespace

QRectF snappedPillRect(const QRectF& r, double dx, double dy, double scale)
{
    // Halves round up, whatever the sign, so a pill snaps the same way wherever it is scrolled.
    const auto snap = [](double v) { return std::floor(v + 0.5); };
    const double left = snap(r.left() * scale + dx);
    const double top = snap(r.top() * scale + dy);
    return {left, top, snap(r.right() * scale + dx) - left, snap(r.bottom() * scale + dy) - top};
}

void paintPill(QPainter& p, const QRectF& r, const QColor& fill, const QColor& border, double width,
               double radius)
{
    const auto vector = [&] {
        p.setBrush(fill);
        p.setPen(border.isValid() ? QPen(border, width) : QPen(Qt::NoPen));
        p.drawRoundedRect(r, radius, radius);
    };
    if (!canStamp(p, fill) || radius <= 0) {
        vector();
        return;
    }
    const QTransform device = p.deviceTransform();
    const double scale = device.m11();
    const QRectF snapped = snappedPillRect(r, device.dx(), device.dy(), scale);
    const Stamp& s = stampFor(fill, border, width, radius, scale);
    const int k = s.k;
    const QRect outer = snapped.toRect().adjusted(-s.fringe, -s.fringe, s.fringe, s.fringe);
    // Too small to have straight edges (also a pill whose ends are half circles, such as a
    // countdown's: at most a few in a frame): drawRoundedRect draws it.
    if (outer.width() < 2 * k + 1 || outer.height() < 2 * k + 1) {
        vector();
        return;
    }
    // Drawn through the painter's own transform (which for a widget includes its offset in
    // the window), so device pixels are computed and then mapped back into the painter's space.
    const QTransform back = device.inverted();
    const auto at = [&](int x, int y, int w, int h) { return back.mapRect(QRectF(x, y, w, h)); };
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const int l = outer.left(), t = outer.top();
    const int r0 = outer.right() + 1 - k, b0 = outer.bottom() + 1 - k; // where the far corners start
    const int innerW = r0 - (l + k), innerH = b0 - (t + k);
    // Corners.
    p.drawImage(at(l, t, k, k), s.image, QRectF(0, 0, k, k));
    p.drawImage(at(r0, t, k, k), s.image, QRectF(k + 1, 0, k, k));
    p.drawImage(at(l, b0, k, k), s.image, QRectF(0, k + 1, k, k));
    p.drawImage(at(r0, b0, k, k), s.image, QRectF(k + 1, k + 1, k, k));
    // Edges: the stamp's middle column and row, stretched.
    p.drawImage(at(l + k, t, innerW, k), s.image, QRectF(k, 0, 1, k));
    p.drawImage(at(l + k, b0, innerW, k), s.image, QRectF(k, k + 1, 1, k));
    p.drawImage(at(l, t + k, k, innerH), s.image, QRectF(0, k, k, 1));
    p.drawImage(at(r0, t + k, k, innerH), s.image, QRectF(k + 1, k, k, 1));
    // The inside: opaque (canStamp), so a plain fill.
    p.fillRect(at(l + k, t + k, innerW, innerH), fill);
    p.restore();
}

} // namespace ackademy::ui
