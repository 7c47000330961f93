#pragma once
// The sequence diagram widget: a scrollable, zoomable view of the Document's Timeline.
// It owns no data: painting is done by DiagramRenderer from the Document and the Theme.

#include "ui/theme.hpp"

#include <QAbstractScrollArea>

namespace ackademy::ui {

class Document;

class SequenceDiagramView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit SequenceDiagramView(Document* document, QWidget* parent = nullptr);

    void setTheme(const Theme& theme);
    const Theme& theme() const { return theme_; }

    /// Zoom factor applied to the diagram font (1.0 = the default, already large, size).
    double zoom() const { return zoom_; }
    void setZoom(double zoom);

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();

signals:
    /// The user asked to drop (or restore) a segment from the diagram's context menu.
    void dropRequested(int segment);
    void restoreRequested(int segment);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Document* document_;
    Theme theme_ = Theme::light();
    double zoom_ = 1.0;
};

} // namespace ackademy::ui
