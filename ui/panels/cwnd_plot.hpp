#pragma once
// The congestion window plot: cwnd and ssthresh over time for the host that sends the data,
// from Timeline::cwnd, with the playhead. Painted with QPainter (no charting library); every
// size derives from the font's metrics.

#include "core/sim/timeline.hpp"
#include "core/tcp/time.hpp"
#include "ui/theme.hpp"

#include <QCoreApplication>
#include <QFont>
#include <QRectF>
#include <QWidget>

#include <optional>
#include <vector>

namespace ackademy::ui {

class Document;

/// What the plot shows, extracted from a Timeline.
struct CwndSeries {
    Q_DECLARE_TR_FUNCTIONS(CwndPlot)
public:
    /// The host that sent the most payload; empty() when nobody sent data.
    static CwndSeries from(const sim::Timeline& timeline);

    std::optional<sim::HostId> sender;
    std::vector<sim::CwndSample> samples; ///< the sender's, in time order
    std::uint32_t mss = 0;                ///< the largest payload the sender put on the wire
    Time begin{}, end{};                  ///< the time axis
    double maxSegments = 1;               ///< the value axis (in MSS-sized segments)
    bool empty() const { return !sender || samples.empty(); }
    /// The sample in force at `t` (the last one at or before it), or nullptr before the first.
    const sim::CwndSample* at(Time t) const;
};

class CwndPlotRenderer {
    Q_DECLARE_TR_FUNCTIONS(CwndPlot)
public:
    static void paint(QPainter& painter, const CwndSeries& series, Time playhead, const QFont& font,
                      const Theme& theme, const QRectF& target);
    /// The plot area inside `target` for this font (where the axes meet: bottom left).
    static QRectF plotArea(const QFont& font, const QRectF& target);
};

class CwndPlotView : public QWidget {
    Q_OBJECT
public:
    explicit CwndPlotView(Document* document, QWidget* parent = nullptr);
    const CwndSeries& series() const { return series_; }
    QSize sizeHint() const override { return {900, 260}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    Document* document_;
    CwndSeries series_;
};

} // namespace ackademy::ui
