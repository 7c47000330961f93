#include "ui/diagram/sequence_diagram_view.hpp"

#include "core/trace/tcpdump.hpp"
#include "ui/diagram/diagram_layout.hpp"
#include "ui/diagram/diagram_renderer.hpp"
#include "ui/document.hpp"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace ackademy::ui {

namespace {
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;
constexpr double kZoomStep = 1.2;
} // namespace

SequenceDiagramView::SequenceDiagramView(Document* document, QWidget* parent)
    : QAbstractScrollArea(parent), document_(document)
{
    setObjectName(QStringLiteral("SequenceDiagram"));
    setAccessibleName(tr("Sequence diagram"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    viewport()->setAutoFillBackground(false);
    connect(document_, &Document::timelineChanged, this, &SequenceDiagramView::onTimelineChanged);
    connect(document_, &Document::displayOptionsChanged, this, &SequenceDiagramView::invalidateLayout);
    connect(document_, &Document::selectionChanged, viewport(), qOverload<>(&QWidget::update));
    connect(document_, &Document::playheadChanged, this, [this] {
        // Presenting: the text shrinks towards the smallest presentation zoom only as the
        // lesson outgrows the screen; after that the view scrolls with the playhead.
        if (autoFit_ && presentationFit_ && zoom_ > minFitZoom_ + 1e-9) {
            const DiagramLayout& l = diagramLayout();
            if (playheadExtent(l) > viewport()->height()) applyAutoFit();
        }
        ensurePlayheadVisible();
        viewport()->update();
    });
}

SequenceDiagramView::~SequenceDiagramView() = default;

QSize SequenceDiagramView::sizeHint() const
{
    return {1200, 800};
}

void SequenceDiagramView::setTheme(const Theme& theme)
{
    theme_ = theme;
    viewport()->update();
}

void SequenceDiagramView::setZoom(double zoom)
{
    autoFit_ = false;
    setZoomInternal(zoom, viewport()->height() / 2.0);
}

void SequenceDiagramView::setZoomAround(double zoom, double viewportY)
{
    autoFit_ = false;
    setZoomInternal(zoom, viewportY);
}

void SequenceDiagramView::setZoomInternal(double zoom, double viewportY)
{
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (std::abs(zoom - zoom_) < 1e-9) return;
    // Keep the moment under `viewportY` where it is.
    const Time anchor = diagramLayout().timeAt(verticalScrollBar()->value() + viewportY);
    zoom_ = zoom;
    invalidateLayout();
    const double y = diagramLayout().yAt(anchor);
    verticalScrollBar()->setValue(static_cast<int>(std::lround(y - viewportY)));
    emit zoomChanged(zoom_);
}

void SequenceDiagramView::setMaximumFitZoom(double zoom)
{
    maxFitZoom_ = std::clamp(zoom, minFitZoom_, kMaxZoom);
    if (autoFit_) applyAutoFit();
}

void SequenceDiagramView::setPresentationFit(bool on, double minimumZoom, double maximumZoom)
{
    presentationFit_ = on;
    minFitZoom_ = on ? std::clamp(minimumZoom, kMinZoom, kMaxZoom) : minimumFitZoom();
    maxFitZoom_ = on ? std::clamp(maximumZoom, minFitZoom_, kMaxZoom) : 1.0;
    if (!on) fitBottomInset_ = 0;
    if (autoFit_) applyAutoFit();
}

double SequenceDiagramView::playheadExtent(const DiagramLayout& l) const
{
    // The playhead and every label already sent, a little margin, and what covers the foot.
    const Time t = document_->playhead();
    double bottom = l.yAt(t);
    for (const SegmentGeometry& g : l.segments)
        if (g.sent <= t) bottom = std::max(bottom, g.bottom());
    return bottom + 1.5 * l.lineHeight + fitBottomInset_;
}

void SequenceDiagramView::setFitBottomInset(double pixels)
{
    fitBottomInset_ = std::max(0.0, pixels);
    if (autoFit_ && presentationFit_) applyAutoFit();
}

double SequenceDiagramView::playheadFitZoom() const
{
    const double vh = std::max(100, viewport()->height());
    const double vw = std::max(100, viewport()->width());
    double z = zoom_;
    // Sizes are proportional to the font, so a few proportional steps converge.
    for (int i = 0; i < 4; ++i) {
        DiagramLayoutInput in = diagramLayoutInput(*document_, z, vw);
        const DiagramLayout l(in);
        const double needed = std::min(l.height + fitBottomInset_, playheadExtent(l));
        in.width = 1;
        const DiagramLayout narrow(in);
        const double f = std::min(vh / std::max(1.0, needed), vw / std::max(1.0, narrow.width));
        z = std::clamp(z * f, kMinZoom, kMaxZoom);
        if (std::abs(f - 1) < 0.02) break;
    }
    return z * 0.98;
}

void SequenceDiagramView::zoomIn()
{
    setZoom(zoom_ * kZoomStep);
}

void SequenceDiagramView::zoomOut()
{
    setZoom(zoom_ / kZoomStep);
}

void SequenceDiagramView::fitToWindow()
{
    autoFit_ = true;
    applyAutoFit();
}

double SequenceDiagramView::wholeDiagramZoom() const
{
    const double vh = std::max(100, viewport()->height());
    const double vw = std::max(100, viewport()->width());
    double z = zoom_;
    // Every size is proportional to the font. A diagram far taller than the view even at the
    // smallest readable zoom (a bulk transfer) needs no exact answer: estimate from the layout
    // at hand rather than lay out thousands of segments again.
    const double current = diagramLayout().height;
    if (current * (minimumFitZoom() / zoom_) > 1.5 * vh) return z * vh / current;
    // Otherwise a few proportional steps converge.
    for (int i = 0; i < 4; ++i) {
        DiagramLayoutInput in = diagramLayoutInput(*document_, z, vw);
        const DiagramLayout l(in);
        // The natural width is what it needs when the viewport is tiny.
        in.width = 1;
        const DiagramLayout narrow(in);
        const double f = std::min(vh / l.height, vw / narrow.width);
        z = std::clamp(z * f, kMinZoom, kMaxZoom);
        if (std::abs(f - 1) < 0.02) break;
    }
    // Round down a little so nothing touches the edge.
    return z * 0.98;
}

void SequenceDiagramView::applyAutoFit()
{
    if (fitting_) return; // resizing the scroll bars re-enters through resizeEvent
    fitting_ = true;
    const double whole = presentationFit_ ? playheadFitZoom() : wholeDiagramZoom();
    const double z = std::clamp(whole, minFitZoom_, maxFitZoom_);
    setZoomInternal(z, viewport()->height() / 2.0);
    if (z <= whole + 1e-9)
        verticalScrollBar()->setValue(0); // it all fits: show it from the top
    else
        ensurePlayheadVisible();
    fitting_ = false;
}

void SequenceDiagramView::onTimelineChanged()
{
    invalidateLayout();
    if (autoFit_)
        applyAutoFit();
    else
        ensurePlayheadVisible();
}

const DiagramLayout& SequenceDiagramView::diagramLayout() const
{
    const double w = viewport()->width();
    if (!layout_ || layoutWidth_ != w) {
        const DiagramLayoutInput in = diagramLayoutInput(*document_, zoom_, w);
        layout_ = std::make_unique<DiagramLayout>(in);
        layoutWidth_ = w;
    }
    return *layout_;
}

void SequenceDiagramView::invalidateLayout()
{
    layout_.reset();
    updateScrollBars();
    viewport()->update();
}

void SequenceDiagramView::updateScrollBars()
{
    const DiagramLayout& l = diagramLayout();
    const QSize vs = viewport()->size();
    verticalScrollBar()->setRange(0, std::max(0, static_cast<int>(std::ceil(l.height)) - vs.height()));
    verticalScrollBar()->setPageStep(vs.height());
    verticalScrollBar()->setSingleStep(static_cast<int>(l.lineHeight));
    horizontalScrollBar()->setRange(0, std::max(0, static_cast<int>(std::ceil(l.width)) - vs.width()));
    horizontalScrollBar()->setPageStep(vs.width());
    horizontalScrollBar()->setSingleStep(static_cast<int>(l.em));
}

std::array<int, 2> SequenceDiagramView::importantSegments() const
{
    // The latest loss first (the point of most lessons), then the latest retransmission.
    std::array<int, 2> found = {-1, -1};
    const auto& segments = document_->timeline().segments;
    const Time t = document_->playhead();
    for (auto it = segments.rbegin(); it != segments.rend() && (found[0] < 0 || found[1] < 0); ++it) {
        if (it->sent > t) continue;
        if (found[0] < 0 && it->lost()) found[0] = it->id;
        if (found[1] < 0 && it->retransmission) found[1] = it->id;
    }
    return found;
}

void SequenceDiagramView::ensurePlayheadVisible()
{
    const DiagramLayout& l = diagramLayout();
    const double y = l.yAt(document_->playhead());
    const double top = verticalScrollBar()->value();
    const double h = viewport()->height();
    // The region under the sticky host headers is hidden.
    const double usable = h - l.headerHeight;
    const double margin = 1.5 * l.lineHeight;
    // The playhead and the most recent loss (or else retransmission), together when they fit.
    for (int important : importantSegments()) {
        if (important < 0) continue;
        const SegmentGeometry& g = l.segments[static_cast<std::size_t>(important)];
        const double a = std::min(g.top(), y) - margin;
        const double b = std::max(g.bottom(), y) + margin;
        if (b - a > usable) continue;
        const double visibleTop = top + l.headerHeight;
        const double visibleBottom = top + h;
        if (a >= visibleTop && b <= visibleBottom) return;
        // The smallest scroll that shows [a, b].
        double value = top;
        if (b > visibleBottom) value = b - h;
        if (a < value + l.headerHeight) value = a - l.headerHeight;
        verticalScrollBar()->setValue(static_cast<int>(std::lround(value)));
        return;
    }
    const double low = top + l.headerHeight + 0.1 * h;
    const double high = top + 0.8 * h;
    if (y < low || y > high) verticalScrollBar()->setValue(static_cast<int>(std::lround(y - 0.45 * h)));
}

std::pair<Time, Time> SequenceDiagramView::visibleTimeRange() const
{
    const DiagramLayout& l = diagramLayout();
    const double top = verticalScrollBar()->value() + l.headerHeight;
    const double bottom = verticalScrollBar()->value() + viewport()->height();
    return {l.timeAt(top), l.timeAt(bottom)};
}

QPointF SequenceDiagramView::toLayout(QPoint viewportPoint) const
{
    return QPointF(viewportPoint.x() + horizontalScrollBar()->value(),
                   viewportPoint.y() + verticalScrollBar()->value());
}

int SequenceDiagramView::segmentAt(QPoint viewportPoint) const
{
    const DiagramLayout& l = diagramLayout();
    if (viewportPoint.y() < l.headerHeight) return -1;
    return l.segmentAt(toLayout(viewportPoint), 0.6 * l.em, document_->playhead());
}

void SequenceDiagramView::paintEvent(QPaintEvent* event)
{
    const DiagramLayout& l = diagramLayout();
    QPainter painter(viewport());
    const QRect dirty = event->rect();
    painter.fillRect(dirty, theme_.background);
    const double dx = horizontalScrollBar()->value();
    const double dy = verticalScrollBar()->value();
    painter.translate(-dx, -dy);
    RenderOptions o;
    o.playhead = document_->playhead();
    o.selected = document_->selectedSegment();
    DiagramRenderer::paint(painter, l, document_->timeline(), theme_, o, QRectF(dirty).translated(dx, dy));
    // The host headers stay at the top while the diagram scrolls beneath them.
    painter.resetTransform();
    painter.translate(-dx, 0);
    DiagramRenderer::paintHeaders(painter, l, theme_, 0, document_->playhead());
}

void SequenceDiagramView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (autoFit_) applyAutoFit();
}

void SequenceDiagramView::wheelEvent(QWheelEvent* event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y();
        if (steps != 0) {
            const double factor = std::pow(kZoomStep, steps / 120.0);
            setZoomAround(zoom_ * factor, event->position().y());
        }
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void SequenceDiagramView::keyPressEvent(QKeyEvent* event)
{
    // The main window normally owns these shortcuts; this serves the view on its own.
    if (event->modifiers() & Qt::ControlModifier) {
        switch (event->key()) {
        case Qt::Key_Equal:
        case Qt::Key_Plus:
            zoomIn();
            return;
        case Qt::Key_Minus:
            zoomOut();
            return;
        case Qt::Key_0:
            fitToWindow();
            return;
        default:
            break;
        }
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void SequenceDiagramView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        document_->setSelectedSegment(segmentAt(event->position().toPoint()));
        event->accept();
        return;
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void SequenceDiagramView::contextMenuEvent(QContextMenuEvent* event)
{
    const QPoint pos = viewport()->mapFrom(this, event->pos());
    const int id = segmentAt(pos);
    if (id < 0) return;
    document_->setSelectedSegment(id);
    const sim::SegmentRecord& rec = document_->timeline().segments[static_cast<std::size_t>(id)];
    QMenu menu(this);
    if (!rec.lost()) {
        QAction* drop = menu.addAction(tr("Drop this segment"));
        connect(drop, &QAction::triggered, this, [this, id] { emit dropRequested(id); });
    } else {
        QAction* restore = menu.addAction(tr("Restore it"));
        restore->setEnabled(rec.cause == sim::DropCause::Rule);
        if (rec.cause != sim::DropCause::Rule)
            restore->setToolTip(tr("Only a segment lost by a drop rule can be restored"));
        connect(restore, &QAction::triggered, this, [this, id] { emit restoreRequested(id); });
    }
    menu.exec(event->globalPos());
}

bool SequenceDiagramView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int id = segmentAt(help->pos());
        if (id >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(id), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

void SequenceDiagramView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) invalidateLayout();
    QAbstractScrollArea::changeEvent(event);
}

QString SequenceDiagramView::toolTipFor(int id) const
{
    const sim::SegmentRecord& rec = document_->timeline().segments[static_cast<std::size_t>(id)];
    const SegmentGeometry& g = diagramLayout().segments[static_cast<std::size_t>(id)];
    const tcp::Segment& seg = rec.packet.tcp;
    const QString from = QStringLiteral("%1").arg(QChar::fromLatin1(sim::host_letter(rec.from)));
    const QString to = QStringLiteral("%1").arg(QChar::fromLatin1(sim::host_letter(sim::other(rec.from))));
    QStringList lines;
    lines << tr("<b>%1</b>, segment %2 on the wire, from host %3 to host %4")
                 .arg(g.title.toHtmlEscaped())
                 .arg(id + 1)
                 .arg(from, to);
    //: Tooltip line: %1 is "seq=1 ack=1", %2 is "len=5"
    lines << (g.length.isEmpty() ? g.detail : tr("%1 %2").arg(g.detail, g.length)).toHtmlEscaped();
    lines << tr("flags: %1 (tcpdump: [%2])")
                 .arg(g.title.toHtmlEscaped(),
                      QString::fromStdString(seg.flags.tcpdump_letters()).toHtmlEscaped());
    lines << tr("window: %1").arg(seg.window);
    const auto opts = seg.options.bytes();
    lines << tr("options: %1")
                 .arg(opts.empty() ? tr("none")
                                   : QString::fromStdString(trace::format_tcp_options(opts)).toHtmlEscaped());
    lines << (rec.arrived ? tr("sent at %1, arrived at %2 (transit %3)")
                                .arg(formatSeconds(rec.sent), formatSeconds(*rec.arrived),
                                     formatSeconds(*rec.arrived - rec.sent))
                          : tr("sent at %1").arg(formatSeconds(rec.sent)));
    if (!g.note.isEmpty()) lines << g.note.toHtmlEscaped();
    if (rec.lost()) lines << g.lostText.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

} // namespace ackademy::ui
