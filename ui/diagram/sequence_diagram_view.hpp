#pragma once
// The sequence diagram widget: a scrollable, zoomable view of the Document's Timeline.
// It owns no data: painting is done by DiagramRenderer from the Document and the Theme.

#include "core/tcp/time.hpp"
#include "ui/theme.hpp"

#include <QAbstractScrollArea>

#include <array>
#include <memory>
#include <utility>

namespace ackademy::ui {

class Document;
class DiagramLayout;

class SequenceDiagramView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit SequenceDiagramView(Document* document, QWidget* parent = nullptr);
    ~SequenceDiagramView() override;

    void setTheme(const Theme& theme);
    const Theme& theme() const { return theme_; }

    /// Zoom factor applied to the diagram font (1.0 = the default, already large, size).
    double zoom() const { return zoom_; }
    /// Sets the zoom by hand: the view stops fitting itself to the window until fitToWindow().
    void setZoom(double zoom);

    /// While on (the default, and again after fitToWindow()), the view re-fits its zoom on
    /// load, resize and timeline change: the whole diagram when that keeps the font at least
    /// minimumFitZoom() of the default size, else that smallest readable zoom, scrolled so
    /// that the playhead and the most recent important event (a loss or a retransmission)
    /// are both in view. Zooming by hand turns it off.
    bool autoFit() const { return autoFit_; }
    /// The smallest zoom the automatic fit goes down to, and the largest it goes up to.
    static constexpr double minimumFitZoom() { return 0.6; }
    double maximumFitZoom() const { return maxFitZoom_; }
    /// Presentation mode lets a small diagram grow past the default size.
    void setMaximumFitZoom(double zoom);
    /// Presentation fit: the automatic fit sizes the diagram for what has happened up to
    /// the playhead (plus a little margin) rather than for the whole lesson, between
    /// minimumZoom and maximumZoom; off restores the normal fit limits.
    void setPresentationFit(bool on, double minimumZoom = 1.0, double maximumZoom = 1.4);
    bool presentationFit() const { return presentationFit_; }
    /// The zoom that fits the diagram up to the playhead, plus a margin, into the viewport.
    double playheadFitZoom() const;
    /// Pixels at the foot of the viewport that something (the presentation overlay) covers;
    /// the presentation fit keeps what has happened above them. Reset when the fit is off.
    void setFitBottomInset(double pixels);
    /// The zoom that fits the whole diagram into the viewport (unclamped by the fit limits).
    double wholeDiagramZoom() const;
    /// The most recent loss and the most recent retransmission at the playhead (-1: none).
    std::array<int, 2> importantSegments() const;

    /// The current geometry (rebuilt on demand after the timeline, zoom or width changed).
    const DiagramLayout& diagramLayout() const;
    /// The segment under a point of the viewport, or -1.
    int segmentAt(QPoint viewportPoint) const;
    /// The span of virtual time currently in view (for "export the visible part").
    std::pair<Time, Time> visibleTimeRange() const;
    /// Scrolls so that the playhead is comfortably in view, and with it the most recent
    /// important event when both fit.
    void ensurePlayheadVisible();

    QSize sizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();

signals:
    /// The user asked to drop (or restore) a segment from the diagram's context menu.
    void dropRequested(int segment);
    void restoreRequested(int segment);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void invalidateLayout();
    void onTimelineChanged();
    void applyAutoFit();
    double playheadExtent(const DiagramLayout& l) const;
    void setZoomInternal(double zoom, double viewportY);
    void updateScrollBars();
    QPointF toLayout(QPoint viewportPoint) const;
    void setZoomAround(double zoom, double viewportY);
    QString toolTipFor(int id) const;

    Document* document_;
    Theme theme_ = Theme::light();
    double zoom_ = 1.0;
    bool autoFit_ = true;
    bool fitting_ = false;
    double maxFitZoom_ = 1.0;
    double minFitZoom_ = minimumFitZoom();
    bool presentationFit_ = false;
    double fitBottomInset_ = 0;
    mutable std::unique_ptr<DiagramLayout> layout_;
    mutable double layoutWidth_ = -1;
};

} // namespace ackademy::ui
