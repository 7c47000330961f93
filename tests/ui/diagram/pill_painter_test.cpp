// The nine-patch pill (ui/diagram/pill_painter.hpp) against QPainter::drawRoundedRect, the
// reference it stands in for on raster devices: pixel for pixel, over a striped background so
// that wrongly blended corners or edges show.
#include "ui/diagram/pill_painter.hpp"

#include <QImage>
#include <QPainter>
#include <QWidget>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <ostream>

namespace ackademy::ui {
namespace {

QImage stripes(QSize size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, ((x + y) / 3) % 2 ? qRgb(0x20, 0x90, 0xE0) : qRgb(0xF0, 0xF0, 0x30));
    return image;
}

/// The largest difference of any channel of any pixel.
int maxDifference(const QImage& a, const QImage& b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    return worst;
}

/// The reference pill: QPainter::drawRoundedRect of a white pill at `r`, under `transform`.
void drawReference(QImage& image, const QRectF& r, const QColor& border, double width, double radius,
                   const QTransform& transform = {})
{
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setTransform(transform);
    p.setBrush(Qt::white);
    p.setPen(border.isValid() ? QPen(border, width) : QPen(Qt::NoPen));
    p.drawRoundedRect(r, radius, radius);
}

struct Case {
    QRectF rect;
    double dx, dy;
    double width, radius;
    QColor border;
};

void PrintTo(const Case& c, std::ostream* os)
{
    *os << "pill " << c.rect.x() << ',' << c.rect.y() << ' ' << c.rect.width() << 'x' << c.rect.height()
        << " moved by " << c.dx << ',' << c.dy << ", outline " << c.width << ", radius " << c.radius;
}

class PillPainterTest : public ::testing::TestWithParam<Case> {};

TEST_P(PillPainterTest, NinePatchMatchesDrawRoundedRectAtTheSnappedRectangle)
{
    const Case c = GetParam();
    const QColor fill(0xFF, 0xFF, 0xFF);
    QImage pill = stripes(QSize(320, 200));
    {
        QPainter p(&pill);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.translate(c.dx, c.dy);
        paintPill(p, c.rect, fill, c.border, c.width, c.radius);
    }
    QImage reference = stripes(QSize(320, 200));
    drawReference(reference, snappedPillRect(c.rect, c.dx, c.dy), c.border, c.width, c.radius);
    // Blending the pill onto the background in one step instead of two (fill, then outline)
    // rounds differently by at most a unit or two per channel.
    EXPECT_LE(maxDifference(pill, reference), 2);
}

INSTANTIATE_TEST_SUITE_P(
    Pills, PillPainterTest,
    ::testing::Values(
        // A segment label: translucent outline, as the renderer draws them.
        Case{QRectF(20.3, 30.6, 180.4, 92.2), 0, -7.25, 1.6, 6.0, QColor(0x00, 0x9E, 0x73, 150)},
        // Opaque outline, integral geometry.
        Case{QRectF(10, 10, 120, 40), 0, 0, 1.0, 4.8, QColor(0x40, 0x40, 0x40)},
        // A wide outline on half pixels, scrolled by a fraction.
        Case{QRectF(40.5, 20.5, 200, 120), 3.5, 0.37, 3.2, 9.6, QColor(0x1A, 0x1A, 0x1A)},
        // No outline.
        Case{QRectF(12.4, 12.2, 160, 50), 0, 0.3, 1.0, 9.0, QColor()},
        // Tall and narrow, a radius that is not a whole number.
        Case{QRectF(100.2, 5.7, 37, 161), 0.5, 0.5, 2.4, 7.3, QColor(0xCC, 0x79, 0xA7, 120)}));

/// A widget that paints one pill, scrolled as the diagram view scrolls its painter.
class PillWidget : public QWidget {
public:
    PillWidget() { setFixedSize(300, 200); }
    static constexpr double kScroll = 17.4;
    static QRectF pillRect() { return {30.3, 40.6, 180.4, 92.2}; }
    static QColor border() { return {0x00, 0x9E, 0x73, 150}; }

protected:
    void paintEvent(QPaintEvent* /*event*/) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.translate(0, -kScroll);
        paintPill(p, pillRect(), Qt::white, border(), 1.6, 6);
    }
};

TEST(PillPainter, OnAWidgetRenderedAtAnOffsetThePillIsWhereDrawRoundedRectPutsIt)
{
    // A widget paints into its window's image at its own offset there (a redirection the
    // painter adds to its transform); the pill must follow it like any other shape.
    const QPoint offset(37, 23);
    PillWidget widget;
    QImage pill = stripes(QSize(400, 300));
    {
        QPainter target(&pill);
        widget.render(&target, offset, QRegion(), QWidget::RenderFlags());
    }
    QImage reference = stripes(QSize(400, 300));
    drawReference(reference, snappedPillRect(PillWidget::pillRect(), offset.x(), offset.y() - PillWidget::kScroll),
                  PillWidget::border(), 1.6, 6);
    EXPECT_LE(maxDifference(pill, reference), 2);
}

TEST(PillPainter, APillWithHalfCircleEndsIsDrawRoundedRectsUnsnapped)
{
    // The countdowns' and the playhead's pills have no straight sides to stretch: they are
    // drawRoundedRect's, exactly where it puts a fractional rectangle.
    QImage pill = stripes(QSize(200, 80));
    QImage reference = pill;
    const QRectF r(12.4, 12.3, 160.2, 36.4);
    {
        QPainter p(&pill);
        p.setRenderHint(QPainter::Antialiasing, true);
        paintPill(p, r, Qt::white, QColor(0x56, 0xB4, 0xE9), 1.5, r.height() / 2);
    }
    drawReference(reference, r, QColor(0x56, 0xB4, 0xE9), 1.5, r.height() / 2);
    EXPECT_EQ(maxDifference(pill, reference), 0);
}

TEST(PillPainter, SmallerThanItsCornersIsDrawnWhole)
{
    // 10 x 10 with corners of 6 has no straight edges to stretch.
    QImage pill = stripes(QSize(40, 40));
    QImage reference = pill;
    const QRectF r(10, 10, 10, 10);
    {
        QPainter p(&pill);
        p.setRenderHint(QPainter::Antialiasing, true);
        paintPill(p, r, Qt::white, QColor(0x40, 0x40, 0x40), 1.5, 6);
    }
    drawReference(reference, r, QColor(0x40, 0x40, 0x40), 1.5, 6);
    EXPECT_EQ(maxDifference(pill, reference), 0);
}

TEST(PillPainter, UnderAUniformScaleThePillIsPaintedAtThatScale)
{
    // A hi-DPI screen or a 2x export scales the painter: the nine-patch is made of device
    // pixels, so it must match drawRoundedRect at the scaled size, not a magnified 1x pill.
    for (const double scale : {2.0, 1.25}) {
        QImage pill = stripes(QSize(400, 300));
        QImage reference = pill;
        const QRectF r(10.3, 20.6, 150.2, 90.1);
        const QColor border(0, 0x72, 0xB2, 150);
        {
            QPainter p(&pill);
            p.setRenderHint(QPainter::Antialiasing, true);
            p.translate(3.3, -1.7);
            p.scale(scale, scale);
            paintPill(p, r, Qt::white, border, 1.6, 6);
        }
        drawReference(reference, snappedPillRect(r, 3.3, -1.7, scale), border, 1.6 * scale, 6 * scale);
        EXPECT_LE(maxDifference(pill, reference), 2) << "scale " << scale;
    }
}

TEST(PillPainter, AStretchedPainterGetsTheVectorPillUnsnapped)
{
    // Scaled differently across and down, the pill is drawRoundedRect's, exactly where it puts it.
    QImage pill = stripes(QSize(400, 300));
    QImage reference = pill;
    const QRectF r(10.3, 20.6, 150.2, 90.1);
    {
        QPainter p(&pill);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.scale(2, 1.5);
        paintPill(p, r, Qt::white, QColor(0, 0x72, 0xB2, 150), 1.6, 6);
    }
    drawReference(reference, r, QColor(0, 0x72, 0xB2, 150), 1.6, 6, QTransform::fromScale(2, 1.5));
    EXPECT_EQ(maxDifference(pill, reference), 0);
}

TEST(PillPainter, SnappedRectangleIsTheTranslatedOneRoundedToWholePixels)
{
    EXPECT_EQ(snappedPillRect(QRectF(10.3, 20.6, 100.4, 50.0), 0, -0.25), QRectF(10, 20, 101, 50));
    EXPECT_EQ(snappedPillRect(QRectF(0.5, 0.5, 10, 10), 100, -50), QRectF(101, -49, 10, 10));
    EXPECT_EQ(snappedPillRect(QRectF(10.3, 20.6, 100.4, 50.0), 3, 0, 2), QRectF(24, 41, 200, 100));
}

} // namespace
} // namespace ackademy::ui
