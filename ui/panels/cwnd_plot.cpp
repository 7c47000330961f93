#include "ui/panels/cwnd_plot.hpp"

#include "ui/document.hpp"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace ackademy::ui {

namespace {

/// A "nice" step (1, 2 or 5 times a power of ten) giving about `count` ticks over `range`.
double niceStep(double range, int count)
{
    if (range <= 0) return 1;
    const double raw = range / std::max(1, count);
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * p) return m * p;
    return 10 * p;
}

QString seconds(double s, double step)
{
    const int decimals = step >= 1 ? 0 : step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
    return QLocale().toString(s, 'f', decimals); // the locale's decimal separator
}

} // namespace

CwndSeries CwndSeries::from(const sim::Timeline& timeline)
{
    CwndSeries s;
    std::array<std::uint64_t, 2> sent{};
    std::array<std::uint32_t, 2> largest{};
    for (const sim::SegmentRecord& r : timeline.segments) {
        const auto n = static_cast<std::uint32_t>(r.packet.tcp.payload.size());
        sent[static_cast<std::size_t>(r.from)] += n;
        largest[static_cast<std::size_t>(r.from)] = std::max(largest[static_cast<std::size_t>(r.from)], n);
    }
    if (sent[0] == 0 && sent[1] == 0) return s;
    const sim::HostId host = sent[1] > sent[0] ? sim::HostId::B : sim::HostId::A;
    s.sender = host;
    s.mss = largest[static_cast<std::size_t>(host)];
    for (const sim::CwndSample& c : timeline.cwnd)
        if (c.host == host) s.samples.push_back(c);
    std::stable_sort(s.samples.begin(), s.samples.end(),
                     [](const sim::CwndSample& a, const sim::CwndSample& b) { return a.at < b.at; });
    if (s.samples.empty()) return s;
    // The time axis runs over the data transfer (up to the last segment carrying data), not
    // the idle TIME-WAIT after it.
    Time last = s.samples.back().at;
    for (const sim::SegmentRecord& r : timeline.segments)
        if (r.from == host && r.packet.tcp.payload.size() > 0)
            last = std::max(last, r.arrived.value_or(r.sent));
    s.begin = std::min(s.samples.front().at, Time{0});
    s.end = std::max(last, s.begin + Duration{1000});
    s.end += (s.end - s.begin) / 20;
    double most = 1;
    for (const sim::CwndSample& c : s.samples) most = std::max(most, static_cast<double>(c.cwnd));
    const double unitBytes = s.mss > 0 ? s.mss : 1.0;
    // ssthresh may be "unlimited" at first: it does not stretch the axis.
    s.maxSegments = most / unitBytes * 1.15;
    return s;
}

const sim::CwndSample* CwndSeries::at(Time t) const
{
    auto it = std::upper_bound(samples.begin(), samples.end(), t,
                               [](Time v, const sim::CwndSample& c) { return v < c.at; });
    if (it == samples.begin()) return nullptr;
    return &*(it - 1);
}

QRectF CwndPlotRenderer::plotArea(const QFont& font, const QRectF& target)
{
    const QFontMetricsF fm(font);
    const double em = fm.height();
    const double left = fm.horizontalAdvance(QStringLiteral("00000")) + 1.0 * em;
    const double top = 2.2 * em; // title and legend
    const double bottom = 2.6 * em;
    const double right = 1.2 * em;
    return target.adjusted(left, top, -right, -bottom);
}

void CwndPlotRenderer::paint(QPainter& p, const CwndSeries& s, Time playhead, const QFont& font,
                             const Theme& theme, const QRectF& target)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(target, theme.background);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double em = fm.height();
    if (s.empty()) {
        p.setPen(theme.mutedText);
        p.drawText(target.adjusted(em, em, -em, -em), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No data is sent in this scenario, so the congestion window never changes.\n"
                      "Choose a scenario with data (for example fast-retransmit) to see cwnd and ssthresh."));
        p.restore();
        return;
    }
    const double unitBytes = s.mss > 0 ? s.mss : 1.0;

    // The header: title and legend on one line above the plot, and the values at the playhead
    // right-aligned after them when they fit, else on a line of their own (never drawn over
    // the legend, whose end would clip them). The choice is made for the widest values the
    // series can show, so that the plot does not jump as the playhead moves.
    const QString host = QString(QLatin1Char(sim::host_letter(*s.sender)));
    const QString title = s.mss > 0 ? tr("Host %1 sends: segments of %2 bytes").arg(host).arg(s.mss)
                                    : tr("Host %1 sends (bytes)").arg(host);
    QFont bold = font;
    bold.setBold(true);
    const QString legendTexts[] = {tr("cwnd"), tr("ssthresh"), tr("in flight")};
    auto valuesText = [&](const QString& cwnd, const QString& ssthresh) {
        return tr("at the playhead: cwnd %1, ssthresh %2").arg(cwnd, ssthresh);
    };
    double headerEnd =
        plotArea(font, target).left() + QFontMetricsF(bold).horizontalAdvance(title) + 1.5 * em;
    for (const QString& text : legendTexts) headerEnd += 2.4 * em + fm.horizontalAdvance(text) + 1.5 * em;
    const QString widest = QLocale().toString(static_cast<double>(s.maxSegments), 'f', 1);
    const double valuesWidth = std::max(fm.horizontalAdvance(valuesText(widest, tr("unlimited"))),
                                        fm.horizontalAdvance(valuesText(widest, widest)));
    const bool valuesOwnLine = headerEnd + valuesWidth > target.right() - em;
    QRectF area = plotArea(font, target);
    if (valuesOwnLine) area.setTop(area.top() + em);
    const double t0 = static_cast<double>(s.begin.count()) / 1e6;
    const double t1 = static_cast<double>(s.end.count()) / 1e6;
    auto xOf = [&](Time t) {
        return area.left() + (static_cast<double>(t.count()) / 1e6 - t0) / (t1 - t0) * area.width();
    };
    auto yOf = [&](double bytes) {
        return area.bottom() - bytes / unitBytes / s.maxSegments * area.height();
    };

    // Grid, ticks and axis labels.
    const double ystep = niceStep(s.maxSegments, std::max(2, static_cast<int>(area.height() / (2.2 * em))));
    p.setPen(QPen(theme.grid, 1));
    for (double v = 0; v <= s.maxSegments + 1e-9; v += ystep) {
        const double y = yOf(v * unitBytes);
        p.setPen(QPen(theme.grid, 1));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(theme.mutedText);
        p.drawText(QRectF(target.left(), y - em / 2, area.left() - target.left() - 0.4 * em, em),
                   Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(v, 'g', 6));
    }
    const double xstep = niceStep(t1 - t0, std::max(2, static_cast<int>(area.width() / (6 * em))));
    for (double v = std::ceil(t0 / xstep) * xstep; v <= t1 + 1e-9; v += xstep) {
        const double x = area.left() + (v - t0) / (t1 - t0) * area.width();
        p.setPen(QPen(theme.grid, 1));
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        p.setPen(theme.mutedText);
        p.drawText(QRectF(x - 3 * em, area.bottom() + 0.2 * em, 6 * em, em), Qt::AlignCenter,
                   seconds(v, xstep));
    }
    p.setPen(QPen(theme.text, 1.5));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawLine(area.bottomLeft(), area.topLeft());
    p.setPen(theme.text);
    p.drawText(QRectF(area.left(), area.bottom() + 1.3 * em, area.width(), em), Qt::AlignCenter,
               tr("time (s)"));
    // The series: step functions (a value holds until the next sample).
    auto stepPath = [&](auto value) {
        QPainterPath path;
        bool started = false;
        double lastY = 0;
        for (const sim::CwndSample& c : s.samples) {
            const double x = xOf(c.at);
            const double y = yOf(static_cast<double>(value(c)));
            if (!started) {
                path.moveTo(x, y);
                started = true;
            } else {
                path.lineTo(x, lastY);
                path.lineTo(x, y);
            }
            lastY = y;
        }
        path.lineTo(area.right(), lastY);
        return path;
    };
    p.save();
    p.setClipRect(area.adjusted(-2, -2, 2, 2));
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(theme.mutedText, 1.2, Qt::DotLine));
    p.drawPath(stepPath([](const sim::CwndSample& c) { return c.flight; }));
    p.setPen(QPen(theme.rst, 2.4, Qt::DashLine));
    p.drawPath(stepPath([](const sim::CwndSample& c) { return c.ssthresh; }));
    p.setPen(QPen(theme.syn, 3.2));
    p.drawPath(stepPath([](const sim::CwndSample& c) { return c.cwnd; }));
    p.restore();

    // The playhead, with the values in force.
    if (playhead >= s.begin && playhead <= s.end) {
        const double x = xOf(playhead);
        p.setPen(QPen(theme.playhead, 2));
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    // Title and legend on one line above the plot.
    double x = area.left();
    const double y = target.top() + 0.4 * em;
    p.setFont(bold);
    p.setPen(theme.text);
    p.drawText(QPointF(x, y + fm.ascent()), title);
    x += QFontMetricsF(bold).horizontalAdvance(title) + 1.5 * em;
    p.setFont(font);
    auto legend = [&](const QPen& pen, const QString& text) {
        p.setPen(pen);
        p.drawLine(QPointF(x, y + em / 2), QPointF(x + 2 * em, y + em / 2));
        p.setPen(theme.text);
        p.drawText(QPointF(x + 2.4 * em, y + fm.ascent()), text);
        x += 2.4 * em + fm.horizontalAdvance(text) + 1.5 * em;
    };
    legend(QPen(theme.syn, 3.2), legendTexts[0]);
    legend(QPen(theme.rst, 2.4, Qt::DashLine), legendTexts[1]);
    legend(QPen(theme.mutedText, 1.2, Qt::DotLine), legendTexts[2]);
    if (const sim::CwndSample* c = s.at(playhead)) {
        const bool unlimited = c->ssthresh >= 0x3fffffffU;
        const QString values =
            valuesText(QLocale().toString(c->cwnd / unitBytes, 'f', 1),
                       unlimited ? tr("unlimited") : QLocale().toString(c->ssthresh / unitBytes, 'f', 1));
        // On its own line it starts at the plot's left edge; in a window too narrow even for that
        // it is elided rather than cut off.
        const QRectF box = valuesOwnLine ? QRectF(area.left(), y + em, target.right() - em - area.left(), em)
                                         : QRectF(x, y, target.right() - x - em, em);
        p.setPen(theme.text);
        p.drawText(box, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(values, Qt::ElideRight, std::max(0.0, box.width())));
    }
    p.restore();
}

CwndPlotView::CwndPlotView(Document* document, QWidget* parent) : QWidget(parent), document_(document)
{
    setObjectName(QStringLiteral("CwndPlot"));
    setAccessibleName(tr("Congestion window plot"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(document_, &Document::timelineChanged, this, [this] {
        series_ = CwndSeries::from(document_->timeline());
        update();
    });
    connect(document_, &Document::playheadChanged, this, qOverload<>(&QWidget::update));
    series_ = CwndSeries::from(document_->timeline());
}

void CwndPlotView::changeEvent(QEvent* event)
{
    // The axis labels, legend and caption are translated as they are painted.
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Congestion window plot"));
        update();
    }
    QWidget::changeEvent(event);
}

void CwndPlotView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const bool dark =
        palette().color(QPalette::WindowText).lightness() > palette().color(QPalette::Window).lightness();
    CwndPlotRenderer::paint(p, series_, document_->playhead(), font(),
                            dark ? Theme::darkTheme() : Theme::light(), QRectF(rect()));
}

} // namespace ackademy::ui
