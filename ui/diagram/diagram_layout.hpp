#pragma once
// Geometry of the sequence diagram, computed once per Timeline, zoom and width: where the
// lifelines are, where each time maps to on the vertical axis (with long idle gaps
// compressed behind a break marker), where each arrow, label, state badge and timer bracket
// goes, and which segment lies under a point. No painting happens here: DiagramRenderer
// paints what this computes, for the widget and for every export alike.
//
// Every size derives from the font's metrics (as Wireshark's flow graph does), so zooming
// is just a larger font and high DPI comes for free.

#include "core/sim/scenario.hpp"
#include "core/sim/timeline.hpp"
#include "core/tcp/time.hpp"

#include <QCoreApplication>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStaticText>
#include <QString>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace ackademy::ui {

/// What a segment is, for its colour and its non-colour cue (line style, weight, head).
enum class SegmentKind : std::uint8_t {
    Syn,  ///< SYN or SYN+ACK: thick solid line
    Data, ///< carries data: solid line, double arrowhead
    Fin,  ///< FIN: solid line, hollow arrowhead
    Rst,  ///< RST: thick line with a bar at the start
    Ack,  ///< pure ACK: dashed line
};

SegmentKind segmentKind(const tcp::Segment& segment);

/// The default pixel size of the diagram text at zoom 1: readable from the back of a room.
inline constexpr int kDiagramBasePixelSize = 22;

/// The diagram font at a zoom factor.
QFont diagramFont(double zoom);

struct DiagramLayoutInput {
    const sim::Timeline* timeline = nullptr;
    const sim::Scenario* scenario = nullptr; ///< for the drop rules' text; may be null
    QFont font = diagramFont(1.0);
    /// The width available (the viewport); the diagram is centred in it and never narrower
    /// than it needs to be.
    double width = 1200;
    bool relativeNumbers = false;
    /// The lifelines' titles; empty: "Host A", "Host B". A live session names the kernel's.
    QString titleA, titleB;
    /// The shortest "typical transit" the time scale is based on. A live session's segments
    /// cross the TUN device in a microsecond, so its recording uses 1 ms: otherwise every
    /// sub-millisecond wait for the kernel would be a compressed gap of "≈ 0.000 s".
    Duration minimumTransit{100};
};

class Document;

/// The layout input for `document`'s timeline at `zoom`, `width` pixels wide: its scenario,
/// numbering, host titles and (while recording a live session) the longer minimum transit.
/// The view, its fits and the export all lay out the same diagram from it.
DiagramLayoutInput diagramLayoutInput(const Document& document, double zoom, double width);

struct SegmentGeometry {
    int id = 0;
    SegmentKind kind = SegmentKind::Ack;
    Time sent{};
    QPointF start; ///< on the sender's lifeline at the send time
    QPointF end;   ///< on the receiver's lifeline at arrival, or where it was lost
    bool lost = false;
    QRectF label;                 ///< the label box, on the arrow
    QString title;                ///< "SYN+ACK" (drawn bold)
    QString length;               ///< "len=1460" after the title (normal weight), empty without data
    QString detail;               ///< "seq=… ack=…"
    QString note;                 ///< "↻ retransmission #1", or empty
    int retransmissionNumber = 0; ///< n of "retransmission #n", 0 for a first transmission
    QString lostText; ///< "lost: drop rule “A:S”", the label's last line (shown once it is lost)
    double bottom() const { return std::max(std::max(start.y(), end.y()), label.bottom()); }
    double top() const { return std::min(start.y(), label.top()); }
};

/// A segment label's texts for a raster paint device, shaped once: painting the same label
/// again (playback redraws every frame, scrolling redraws what stays in view) blits the
/// cached glyphs instead of laying the text out each time. Filled by DiagramRenderer the
/// first time the label is painted; SVG and PDF exports draw plain text instead.
struct SegmentLabelText {
    QStaticText title;     ///< in the bold font
    QStaticText rest;      ///< " len=1460" in the normal font, when there is data
    QStaticText detail;    ///< in the normal font
    QStaticText note;      ///< in the small font
    QStaticText lost;      ///< in the bold font
    double titleWidth = 0; ///< "ACK" and " len=1460" measured, to centre the two together
    double restWidth = 0;
};

struct StateBadge {
    sim::HostId host = sim::HostId::A;
    int interval = 0; ///< index into Timeline::states
    Time begin{};
    std::optional<Time> end;
    double anchorY = 0; ///< where on the lifeline the state begins
    QRectF rect;        ///< the badge, beside the lifeline on the outer side
    QString text;       ///< RFC name
};

struct TimerGeometry {
    int index = 0; ///< into Timeline::timers
    sim::HostId host = sim::HostId::A;
    double x = 0; ///< the bracket's vertical line
    double yArmed = 0;
    double yEnd = 0;      ///< when it ended (expired or cancelled), or the deadline if later
    double yDeadline = 0; ///< where the deadline falls (clamped to the diagram)
    double tick = 0;      ///< length of the bracket's horizontal ends, signed towards the lifeline
    QRectF label;         ///< static label (expired timers and TIME-WAIT), empty when none
    QString text;
};

struct AppMark {
    sim::HostId host = sim::HostId::A;
    Time at{};
    QRectF rect;
    QString text; ///< "connect()", "close()", ...
};

struct BreakMarker {
    double top = 0;
    double bottom = 0;
    Duration duration{};
    QString text; ///< "≈ 1.000 s"
};

class DiagramLayout {
    Q_DECLARE_TR_FUNCTIONS(DiagramLayout)
public:
    DiagramLayout() = default;
    explicit DiagramLayout(const DiagramLayoutInput& input);

    // ----- Fonts and units ------------------------------------------------------------
    QFont font;      ///< labels
    QFont boldFont;  ///< flag names, headers
    QFont smallFont; ///< notes, timers, break markers
    double em = 22;  ///< the font's pixel size
    double lineHeight = 26;
    double slotStep = 70; ///< vertical distance between parallel arrows sent at the same time
    double lineWidth = 2; ///< the standard pen width

    // ----- Overall geometry -----------------------------------------------------------
    double width = 0;
    double height = 0;
    double headerHeight = 0; ///< the host boxes sit in [0, headerHeight)
    double contentTop = 0;   ///< y of the first event
    double xA = 0;           ///< host A's lifeline (left)
    double xB = 0;           ///< host B's lifeline (right)
    QRectF headerA, headerB;
    QString titleA, titleB, addressA, addressB;

    std::vector<SegmentGeometry> segments; ///< indexed by segment id
    std::vector<StateBadge> badges;
    std::vector<TimerGeometry> timers;
    std::vector<AppMark> appMarks;
    std::vector<BreakMarker> breaks;

    double lifelineX(sim::HostId host) const { return host == sim::HostId::A ? xA : xB; }

    // ----- Time axis ------------------------------------------------------------------
    /// y of a time, as the playhead sees it: at an event time this is the bottom of the
    /// event's row block (every arrow sent at that time has started); in between it
    /// interpolates, and inside a compressed gap it passes the break quickly.
    double yAt(Time t) const;
    /// y of the first row at an event time (where the first of several simultaneous arrows
    /// starts); yAt() elsewhere.
    double topAt(Time t) const;
    /// The inverse of yAt (approximately, inside a compressed gap).
    Time timeAt(double y) const;
    /// The event times in order, with the top and bottom of each one's row block.
    const std::vector<Time>& anchorTimes() const { return times_; }

    // ----- Queries --------------------------------------------------------------------
    /// The segment whose drawn arrow (or label) lies within `tolerance` of `point`, or -1.
    /// Only segments sent at or before `until` count (those not yet sent are hidden).
    int segmentAt(QPointF point, double tolerance, std::optional<Time> until = std::nullopt) const;
    /// Ids of segments whose arrow or label may intersect [y0, y1], in id order.
    std::vector<int> segmentsIn(double y0, double y1) const;
    /// Where a segment's arrow tip is at the playhead (its end once it has arrived).
    QPointF tipAt(int id, double playheadY) const;
    /// Where the countdown pill of timer `index` (of size `size`) goes when the playhead is at
    /// `y`: beside the timer's bracket, centred on `y` unless that would cover one of its
    /// host's state badges, application calls or timer labels, or a rectangle in `taken`
    /// (the countdowns already placed); then moved up or down as little as that needs.
    QRectF countdownRect(int index, double y, QSizeF size, const std::vector<QRectF>& taken = {}) const;
    /// The cache of segment `id`'s shaped label texts (see SegmentLabelText). The layout is
    /// only ever painted from the GUI thread, so a const layout may fill it.
    SegmentLabelText& labelTextCache(int id) const;

private:
    void buildTimeAxis(const sim::Timeline& tl, const std::vector<double>& labelHeights,
                       std::vector<double>& sendOffset, std::vector<double>& arriveOffset,
                       Duration minimumTransit);
    std::vector<Time> times_;
    std::vector<double> top_, bottom_;
    std::vector<bool> compressedAfter_;
    double scale_ = 1e-3; ///< pixels per microsecond outside compressed gaps
    double headTime_ = 0, tailTime_ = 0, bandHeight_ = 0;
    std::vector<double> prefixMaxBottom_; ///< for segmentsIn: max bottom of segments [0..i]
    /// Made label by label as they are first painted; a copy of the layout starts empty.
    struct LabelTextCache {
        std::vector<std::unique_ptr<SegmentLabelText>> items;
        LabelTextCache() = default;
        LabelTextCache(const LabelTextCache&) {}
        LabelTextCache(LabelTextCache&&) noexcept = default;
        LabelTextCache& operator=(const LabelTextCache&)
        {
            items.clear();
            return *this;
        }
        LabelTextCache& operator=(LabelTextCache&&) noexcept = default;
        ~LabelTextCache() = default;
    };
    mutable LabelTextCache labelTexts_;
};

/// "≈ 1.000 s" for a duration (three decimals, as the RTO is usually quoted).
QString formatSeconds(Duration d);

} // namespace ackademy::ui
