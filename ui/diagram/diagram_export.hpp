#pragma once
// Exports the sequence diagram to PNG (1x or 2x), SVG (text stays text) or PDF, using the
// same DiagramRenderer as the widget.

#include "core/tcp/time.hpp"
#include "ui/theme.hpp"

#include <QString>

#include <optional>
#include <utility>

class QPainter;

namespace ackademy::ui {

class Document;

struct ExportOptions {
    double scale = 1.0; ///< PNG device pixel ratio (1 or 2)
    /// Export only this span of virtual time (the visible part); whole diagram when empty.
    std::optional<std::pair<Time, Time>> timeRange;
    double zoom = 1.0;
    /// What has happened by then is drawn (the rest is hidden, as in the widget); the
    /// document's playhead when empty.
    std::optional<Time> playhead;
    /// Draw the playhead line and the timers' countdown (off by default: a slide shows the
    /// diagram, not the transport).
    bool showPlayhead = false;
    /// Width of the picture in logical pixels; 0 gives the diagram's natural width.
    double width = 0;
};

/// Writes the diagram to `path`; the format follows the extension (.png, .svg, .pdf).
/// On failure returns false and sets `error` to one sentence naming the file and the reason;
/// no partial file is left behind (it is written to a temporary file in the same folder and
/// renamed on success).
bool exportDiagram(const Document& document, const Theme& theme, const QString& path,
                   const ExportOptions& options, QString* error);

} // namespace ackademy::ui
