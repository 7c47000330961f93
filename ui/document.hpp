#pragma once
// The open scenario and everything the views share about it: the Timeline it produces,
// the playhead, the selected segment and display options.
//
// The views never mutate the simulation. A change (drop a segment, edit the link, add an
// action) edits a copy of the Scenario through change(), which re-simulates and is undoable.
//
// A live session (ui/live_session.hpp) fills the document with a recording instead: the
// Timeline comes from the real connection as it happens, not from simulate(), so nothing
// can be re-simulated (change() refuses) until a scenario is loaded again.

#include "core/sim/scenario.hpp"
#include "core/sim/timeline.hpp"

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <optional>
#include <vector>

namespace ackademy::ui {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    const sim::Scenario& scenario() const { return scenario_; }
    const sim::Timeline& timeline() const { return timeline_; }
    /// The built-in name or the file the scenario came from.
    QString source() const { return source_; }

    /// Replaces the scenario (not undoable: opening a file or a built-in clears the history).
    /// Returns false and leaves everything as it was if the scenario cannot be simulated.
    bool load(sim::Scenario scenario, const QString& source);

    /// An undoable edit of the scenario. `edit` changes a copy; the copy is simulated and,
    /// if that works, becomes current. The playhead stays where it was. Returns false (and
    /// emits errorOccurred) if the edited scenario cannot be simulated.
    bool change(const QString& text, const std::function<void(sim::Scenario&)>& edit);

    QUndoStack* undoStack() { return &undo_; }

    // ----- Recordings of live sessions ------------------------------------------------
    /// Replaces the scenario with an empty recording. `description` names the session and
    /// holds the drop rules (for the diagram's "lost: drop rule …"); it is never simulated.
    /// `titles` label the lifelines (e.g. the kernel's as "This computer (Linux kernel)").
    /// `kernel` is the host played by this computer's kernel (live mode: B), named so by
    /// hostName(). Clears the undo history; emits liveChanged(true).
    void beginRecording(sim::Scenario description, const sim::Timeline& initial, QString titleA,
                        QString titleB, std::optional<sim::HostId> kernel = std::nullopt);
    /// The recording so far (it only grows). The playhead follows the latest event if it was
    /// at the end before.
    void updateRecording(sim::Timeline timeline);
    /// The session ended; the recording stays (still not editable). Emits liveChanged(false).
    void endRecording();
    /// True while a live session writes into this document.
    bool isLive() const { return live_; }
    /// True while the timeline is a recording (live or ended), not a simulation of scenario().
    bool isRecording() const { return recording_; }
    /// The lifeline's title for a recording; empty for a simulation ("Host A", "Host B").
    QString hostTitle(sim::HostId host) const { return titles_[static_cast<std::size_t>(host)]; }
    /// True if this computer's kernel played `host` in the recording (live mode: B).
    bool isKernel(sim::HostId host) const { return recording_ && kernel_ == host; }
    /// What the panels put after "Host" (narration, events, inspector): the letter ("A", "B"),
    /// and for the kernel of a recording "B (Linux kernel)", so that "Host %1" reads "Host B
    /// (Linux kernel)" in every sentence that names it. Translated when called, so it follows
    /// a language switch.
    QString hostName(sim::HostId host) const;

    // ----- Convenience edits (each one undoable) ------------------------------------
    /// Adds a drop rule for the segment with this id (its place on the wire, "N").
    bool dropSegment(int id);
    /// Removes the drop rule that made this segment be lost.
    bool restoreSegment(int id);
    /// Drops the next segment that `host` puts on the wire after the playhead.
    bool dropNextFrom(sim::HostId host);

    // ----- Playhead ---------------------------------------------------------------------
    Time playhead() const { return playhead_; }
    void setPlayhead(Time t);
    /// Times at which something visible happens (sends, arrivals, losses, state changes,
    /// application actions), sorted and unique. Stepping moves between them.
    const std::vector<Time>& stepTimes() const { return step_times_; }
    Time nextStep(Time from) const;
    Time previousStep(Time from) const;
    /// "Step N of M" at the playhead, as the transport bar and the presentation overlay show
    /// it: the start is step 0, so N counts the events reached after it and M all of them.
    struct StepPosition {
        qsizetype reached = 0;
        qsizetype total = 0;
    };
    StepPosition stepPosition() const;
    Time endTime() const;

    // ----- Selection and display --------------------------------------------------------
    int selectedSegment() const { return selected_; }
    void setSelectedSegment(int id);
    bool relativeNumbers() const { return relative_; }
    void setRelativeNumbers(bool relative);

signals:
    void timelineChanged();
    void playheadChanged(ackademy::Time t);
    void selectionChanged(int id);
    void displayOptionsChanged();
    void errorOccurred(const QString& message);
    void liveChanged(bool live);

private:
    friend class ScenarioChangeCommand;
    bool apply(const sim::Scenario& scenario);
    void computeStepTimes();

    sim::Scenario scenario_;
    sim::Timeline timeline_;
    QString source_;
    QUndoStack undo_;
    Time playhead_{0};
    std::vector<Time> step_times_;
    int selected_ = -1;
    bool relative_ = false;
    bool live_ = false;
    bool recording_ = false;
    QString titles_[2];
    std::optional<sim::HostId> kernel_;
};

} // namespace ackademy::ui
