#pragma once
// Paints the sequence diagram. It holds no data: it is handed the layout (geometry and
// texts), the Timeline (times, causes), the theme and the playhead, and paints. The widget
// and every export (PNG, SVG, PDF) call the same functions.

#include "core/sim/timeline.hpp"
#include "core/tcp/time.hpp"
#include "ui/diagram/diagram_layout.hpp"
#include "ui/theme.hpp"

#include <QCoreApplication>
#include <QRectF>

#include <optional>

class QPainter;

namespace ackademy::ui {

struct RenderOptions {
    /// What has happened so far: segments not yet sent, states not yet entered and timers
    /// not yet armed are hidden, so the class can guess what comes next; a segment in flight
    /// is drawn part-way.
    Time playhead{0};
    bool showPlayhead = true;
    int selected = -1;
    /// Above this many segments in view, labels are skipped (level of detail).
    int maxLabelledSegments = 300;
};

class DiagramRenderer {
    Q_DECLARE_TR_FUNCTIONS(DiagramRenderer)
public:
    /// Paints everything of timeline `tl`, laid out as `L`, that intersects `exposed` (in
    /// layout coordinates) except the host headers.
    static void paint(QPainter& p, const DiagramLayout& L, const sim::Timeline& tl, const Theme& theme,
                      const RenderOptions& o, const QRectF& exposed);
    /// Paints the two host boxes with their band, their top at `top` (the widget keeps them
    /// at the top of the viewport while the diagram scrolls beneath), and the playhead's
    /// time between them when given.
    static void paintHeaders(QPainter& painter, const DiagramLayout& layout, const Theme& theme, double top,
                             std::optional<Time> playhead = std::nullopt);
};

} // namespace ackademy::ui
