#pragma once
// The sequence diagram widget: a scrollable, zoomable view of the Document's Timeline.
// It owns no data: painting is done by DiagramRenderer from the Document and the Theme.

#include "core/tcp/time.hpp"
#include "ui/theme.hpp"

#include <QAbstractScrollArea>

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
    void setZoom(double zoom);

    /// The current geometry (rebuilt on demand after the timeline, zoom or width changed).
    const DiagramLayout& diagramLayout() const;
    /// The segment under a point of the viewport, or -1.
    int segmentAt(QPoint viewportPoint) const;
    /// The span of virtual time currently in view (for "export the visible part").
    std::pair<Time, Time> visibleTimeRange() const;
    /// Scrolls so that the playhead is comfortably in view.
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
    void updateScrollBars();
    QPointF toLayout(QPoint viewportPoint) const;
    void setZoomAround(double zoom, double viewportY);
    QString toolTipFor(int segment) const;

    Document* document_;
    Theme theme_ = Theme::light();
    double zoom_ = 1.0;
    mutable std::unique_ptr<DiagramLayout> layout_;
    mutable double layoutWidth_ = -1;
};

} // namespace ackademy::ui
