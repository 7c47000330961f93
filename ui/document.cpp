#include "ui/document.hpp"

#include "core/sim/simulator.hpp"

#include <QUndoCommand>

#include <algorithm>

namespace ackademy::ui {

/// One undoable scenario edit: it holds the scenario before and after.
class ScenarioChangeCommand : public QUndoCommand {
public:
    ScenarioChangeCommand(Document* doc, const QString& text, sim::Scenario before, sim::Scenario after)
        : QUndoCommand(text), doc_(doc), before_(std::move(before)), after_(std::move(after))
    {
    }
    void undo() override { doc_->apply(before_); }
    void redo() override { doc_->apply(after_); }

private:
    Document* doc_;
    sim::Scenario before_;
    sim::Scenario after_;
};

Document::Document(QObject* parent) : QObject(parent) {}

bool Document::apply(const sim::Scenario& scenario)
{
    try {
        sim::Timeline timeline = sim::simulate(scenario);
        scenario_ = scenario;
        timeline_ = std::move(timeline);
    } catch (const std::exception& e) {
        emit errorOccurred(QString::fromStdString(e.what()));
        return false;
    }
    if (selected_ >= static_cast<int>(timeline_.segments.size())) selected_ = -1;
    computeStepTimes();
    emit timelineChanged();
    if (playhead_ > endTime()) setPlayhead(endTime());
    return true;
}

bool Document::load(sim::Scenario scenario, const QString& source)
{
    try {
        timeline_ = sim::simulate(scenario);
    } catch (const std::exception& e) {
        emit errorOccurred(QString::fromStdString(e.what()));
        return false;
    }
    scenario_ = std::move(scenario);
    source_ = source;
    const bool wasLive = live_;
    live_ = false;
    recording_ = false;
    titles_[0].clear();
    titles_[1].clear();
    kernel_.reset();
    undo_.clear();
    selected_ = -1;
    playhead_ = Time{0};
    computeStepTimes();
    emit timelineChanged();
    emit selectionChanged(selected_);
    emit playheadChanged(playhead_);
    if (wasLive) emit liveChanged(false);
    return true;
}

void Document::beginRecording(sim::Scenario description, const sim::Timeline& initial, QString titleA,
                              QString titleB, std::optional<sim::HostId> kernel)
{
    kernel_ = kernel;
    scenario_ = std::move(description);
    source_ = QString::fromStdString(scenario_.name);
    timeline_ = initial;
    titles_[0] = std::move(titleA);
    titles_[1] = std::move(titleB);
    live_ = true;
    recording_ = true;
    undo_.clear();
    selected_ = -1;
    playhead_ = Time{0};
    computeStepTimes();
    emit liveChanged(true);
    emit timelineChanged();
    emit selectionChanged(selected_);
    emit playheadChanged(playhead_);
}

QString Document::hostName(sim::HostId host) const
{
    const QString letter(QLatin1Char(sim::host_letter(host)));
    //: The kernel's host in a live session, used after "Host" in every sentence that names it
    //: ("Host B (Linux kernel) sends SYN,ACK"); %1 is its letter (B)
    return isKernel(host) ? tr("%1 (Linux kernel)").arg(letter) : letter;
}

void Document::updateRecording(sim::Timeline timeline)
{
    if (!recording_) return;
    const bool following = playhead_ >= endTime();
    timeline_ = std::move(timeline);
    computeStepTimes();
    emit timelineChanged();
    if (following) setPlayhead(endTime());
}

void Document::endRecording()
{
    if (!live_) return;
    live_ = false;
    emit liveChanged(false);
}

bool Document::change(const QString& text, const std::function<void(sim::Scenario&)>& edit)
{
    if (recording_) {
        // A recording is what the real kernel did; there is no scenario to re-simulate.
        emit errorOccurred(tr("This is a recording of a live session: it cannot be changed and "
                              "re-simulated. Open a scenario to edit one."));
        return false;
    }
    sim::Scenario after = scenario_;
    edit(after);
    try {
        (void)sim::simulate(after); // refuse an edit that cannot run before it enters the history
    } catch (const std::exception& e) {
        emit errorOccurred(QString::fromStdString(e.what()));
        return false;
    }
    undo_.push(new ScenarioChangeCommand(this, text, scenario_, std::move(after)));
    return true;
}

bool Document::dropSegment(int id)
{
    if (id < 0 || id >= static_cast<int>(timeline_.segments.size())) return false;
    if (timeline_.segments[static_cast<std::size_t>(id)].lost()) return false;
    std::string error;
    auto rule = sim::SegmentMatch::parse(std::to_string(id + 1), &error);
    if (!rule) return false;
    return change(tr("Drop segment %1").arg(id + 1), [&](sim::Scenario& s) { s.drops.push_back(*rule); });
}

bool Document::restoreSegment(int id)
{
    if (id < 0 || id >= static_cast<int>(timeline_.segments.size())) return false;
    const sim::SegmentRecord& rec = timeline_.segments[static_cast<std::size_t>(id)];
    if (rec.cause != sim::DropCause::Rule || rec.drop_rule < 0) return false;
    const auto index = static_cast<std::size_t>(rec.drop_rule);
    return change(tr("Restore segment %1").arg(id + 1), [&](sim::Scenario& s) {
        if (index < s.drops.size()) s.drops.erase(s.drops.begin() + static_cast<std::ptrdiff_t>(index));
    });
}

bool Document::dropNextFrom(sim::HostId host)
{
    for (const sim::SegmentRecord& rec : timeline_.segments) {
        if (rec.from == host && rec.sent >= playhead_ && !rec.lost()) return dropSegment(rec.id);
    }
    return false;
}

void Document::setPlayhead(Time t)
{
    t = std::clamp(t, Time{0}, endTime());
    if (t == playhead_) return;
    playhead_ = t;
    emit playheadChanged(playhead_);
}

void Document::computeStepTimes()
{
    std::vector<Time> times;
    times.emplace_back(0);
    for (const sim::SegmentRecord& rec : timeline_.segments) {
        times.push_back(rec.sent);
        if (rec.arrived) times.push_back(*rec.arrived);
        if (rec.dropped) times.push_back(*rec.dropped);
    }
    for (const sim::StateInterval& st : timeline_.states) times.push_back(st.begin);
    for (const sim::AppEvent& app : timeline_.app) times.push_back(app.at);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    step_times_ = std::move(times);
}

Time Document::nextStep(Time from) const
{
    auto it = std::upper_bound(step_times_.begin(), step_times_.end(), from);
    return it == step_times_.end() ? endTime() : *it;
}

Time Document::previousStep(Time from) const
{
    auto it = std::lower_bound(step_times_.begin(), step_times_.end(), from);
    if (it == step_times_.begin()) return Time{0};
    return *std::prev(it);
}

Document::StepPosition Document::stepPosition() const
{
    const auto& steps = step_times_;
    const auto reached = std::upper_bound(steps.begin(), steps.end(), playhead_) - steps.begin();
    return {std::max<qsizetype>(reached - 1, 0),
            std::max<qsizetype>(static_cast<qsizetype>(steps.size()) - 1, 0)};
}

Time Document::endTime() const
{
    Time end = timeline_.end;
    if (!step_times_.empty()) end = std::max(end, step_times_.back());
    return end;
}

void Document::setSelectedSegment(int id)
{
    if (id < -1 || id >= static_cast<int>(timeline_.segments.size())) id = -1;
    if (id == selected_) return;
    selected_ = id;
    emit selectionChanged(selected_);
}

void Document::setRelativeNumbers(bool relative)
{
    if (relative == relative_) return;
    relative_ = relative;
    emit displayOptionsChanged();
}

} // namespace ackademy::ui
