#include "ui/playback_controller.hpp"

#include "ui/document.hpp"

#include <algorithm>
#include <cmath>

namespace ackademy::ui {

PlaybackController::PlaybackController(Document* document, QObject* parent)
    : QObject(parent), document_(document)
{
    timer_.setInterval(16); // about 60 frames a second, only while playing
    timer_.setTimerType(Qt::PreciseTimer);
    connect(&timer_, &QTimer::timeout, this, &PlaybackController::tick);
    // A new scenario starts paused.
    computeScrubMap();
    connect(document_, &Document::timelineChanged, this, [this] {
        computeScrubMap();
        if (document_->playhead() >= document_->endTime()) pause();
    });
}

double PlaybackController::gapWallMs(Time from, Time to)
{
    const double virtualMs = static_cast<double>((to - from).count()) / 1000.0;
    return std::min(virtualMs * kWallPerVirtual, kMaxGapWallMs);
}

void PlaybackController::computeScrubMap()
{
    points_ = document_->stepTimes();
    if (points_.empty() || points_.back() < document_->endTime()) points_.push_back(document_->endTime());
    positions_.assign(points_.size(), 0.0);
    for (std::size_t i = 1; i < points_.size(); ++i)
        positions_[i] = positions_[i - 1] + gapWallMs(points_[i - 1], points_[i]);
}

double PlaybackController::scrubLength() const
{
    return positions_.empty() ? 0.0 : positions_.back();
}

double PlaybackController::scrubPosition(Time t) const
{
    if (points_.empty() || t <= points_.front()) return 0.0;
    if (t >= points_.back()) return positions_.back();
    const auto it = std::upper_bound(points_.begin(), points_.end(), t);
    const auto i = static_cast<std::size_t>(it - points_.begin());
    const double span = static_cast<double>((points_[i] - points_[i - 1]).count());
    const double fraction = static_cast<double>((t - points_[i - 1]).count()) / span;
    return positions_[i - 1] + fraction * (positions_[i] - positions_[i - 1]);
}

Time PlaybackController::timeAtScrubPosition(double position) const
{
    if (points_.empty() || position <= 0.0) return Time{0};
    if (position >= positions_.back()) return points_.back();
    const auto it = std::upper_bound(positions_.begin(), positions_.end(), position);
    const auto i = static_cast<std::size_t>(it - positions_.begin());
    const double width = positions_[i] - positions_[i - 1];
    const double fraction = width > 0.0 ? (position - positions_[i - 1]) / width : 0.0;
    const double span = static_cast<double>((points_[i] - points_[i - 1]).count());
    return points_[i - 1] + Time{static_cast<Time::rep>(std::llround(fraction * span))};
}

void PlaybackController::play()
{
    if (isPlaying()) return;
    if (document_->playhead() >= document_->endTime()) document_->setPlayhead(Time{0});
    clock_.start();
    timer_.start();
    emit playingChanged(true);
}

void PlaybackController::pause()
{
    if (!isPlaying()) return;
    timer_.stop();
    emit playingChanged(false);
}

void PlaybackController::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void PlaybackController::stepForward()
{
    pause();
    document_->setPlayhead(document_->nextStep(document_->playhead()));
}

void PlaybackController::stepBack()
{
    pause();
    document_->setPlayhead(document_->previousStep(document_->playhead()));
}

void PlaybackController::goToStart()
{
    pause();
    document_->setPlayhead(Time{0});
}

void PlaybackController::goToEnd()
{
    pause();
    document_->setPlayhead(document_->endTime());
}

void PlaybackController::setSpeed(double speed)
{
    speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    if (speed == speed_) return;
    speed_ = speed;
    emit speedChanged(speed_);
}

void PlaybackController::tick()
{
    const double elapsed = static_cast<double>(clock_.restart());
    advance(elapsed);
    if (document_->playhead() >= document_->endTime()) pause();
}

void PlaybackController::advance(double wallMs)
{
    double budget = wallMs * speed_; // wall milliseconds at 1x
    Time t = document_->playhead();
    const Time end = document_->endTime();
    while (budget > 0.0 && t < end) {
        const Time gapStart = document_->previousStep(t + Time{1}); // the last step time <= t
        const Time gapEnd = document_->nextStep(t);
        if (gapEnd <= t) break;
        const double gapWall = gapWallMs(gapStart, gapEnd);
        if (gapWall <= 0.0) {
            t = gapEnd;
            continue;
        }
        // The fraction of this gap still to go, in wall time.
        const double span = static_cast<double>((gapEnd - gapStart).count());
        const double done = static_cast<double>((t - gapStart).count()) / span;
        const double remainingWall = (1.0 - done) * gapWall;
        if (budget >= remainingWall) {
            budget -= remainingWall;
            t = gapEnd;
        } else {
            const double fraction = done + budget / gapWall;
            t = gapStart + Time{static_cast<Time::rep>(std::llround(fraction * span))};
            budget = 0.0;
        }
    }
    document_->setPlayhead(std::min(t, end));
}

} // namespace ackademy::ui
