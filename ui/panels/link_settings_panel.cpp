#include "ui/panels/link_settings_panel.hpp"

#include "core/tcp/profile.hpp"
#include "ui/document.hpp"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace ackademy::ui {

namespace {

constexpr double kMaxDelayMs = 10000.0;
/// The delay and jitter sliders cover the useful range; the spin boxes go up to kMaxDelayMs.
constexpr int kSliderMaxMs = 1000;

bool isPercent(LinkSettingsPanel::Field field)
{
    return field != LinkSettingsPanel::Delay && field != LinkSettingsPanel::Jitter;
}

/// Slider positions per unit: ms in whole steps, percentages in tenths.
int sliderFactor(LinkSettingsPanel::Field field)
{
    return isPercent(field) ? 10 : 1;
}

sim::LinkParams& linkOf(sim::Scenario& s, sim::HostId from)
{
    return from == sim::HostId::A ? s.a_to_b : s.b_to_a;
}

const sim::LinkParams& linkOf(const sim::Scenario& s, sim::HostId from)
{
    return from == sim::HostId::A ? s.a_to_b : s.b_to_a;
}

double msOf(Duration d)
{
    return static_cast<double>(d.count()) / 1000.0;
}

Duration durationOfMs(double ms)
{
    return Duration(static_cast<Duration::rep>(std::llround(ms * 1000.0)));
}

double valueOf(const sim::LinkParams& link, LinkSettingsPanel::Field field)
{
    switch (field) {
    case LinkSettingsPanel::Delay:
        return msOf(link.delay);
    case LinkSettingsPanel::Jitter:
        return msOf(link.jitter);
    case LinkSettingsPanel::Loss:
        return link.loss * 100.0;
    case LinkSettingsPanel::Duplicate:
        return link.duplicate * 100.0;
    case LinkSettingsPanel::Reorder:
        return link.reorder * 100.0;
    case LinkSettingsPanel::FieldCount:
        break;
    }
    return 0.0;
}

// Issue 7: each setting's sentences are whole strings (a setting's name is not put into a
// sentence, where other languages need an article or another case).
struct FieldTexts {
    LinkSettingsPanel::Field field;
    const char* slider;  ///< the slider's accessible name
    const char* spin;    ///< the spin box's accessible name
    const char* undo;    ///< the undo/redo text of a change
    const char* refused; ///< why typed text was refused
};

constexpr FieldTexts kFieldTexts[] = {
    {LinkSettingsPanel::Delay,
     //: Accessible name; %1 the direction ("A → B")
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Delay %1 slider"),
     //: Accessible name; %1 the direction ("A → B")
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Delay %1 in ms"),
     //: Undo/redo text; %1 the direction ("A → B"), %2 the new value
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Set delay %1 to %2 ms"),
     //: %1 and %2 the bounds of the setting
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel",
                       "Delay must be a number from %1 to %2 ms.")},
    {LinkSettingsPanel::Jitter,
     //: Accessible name; %1 the direction ("A → B")
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Jitter %1 slider"),
     //: Accessible name; %1 the direction ("A → B")
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Jitter %1 in ms"),
     //: Undo/redo text; %1 the direction ("A → B"), %2 the new value
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Set jitter %1 to %2 ms"),
     //: %1 and %2 the bounds of the setting
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel",
                       "Jitter must be a number from %1 to %2 ms. Jitter can be at most the delay.")},
    {LinkSettingsPanel::Loss,
     //: Accessible name; %1 the direction ("A → B")
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Loss %1 slider"),
     //: Accessible name; %1 the direction ("A → B")
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Loss %1 in %"),
     //: Undo/redo text; %1 the direction ("A → B"), %2 the new value
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Set loss %1 to %2 %"),
     //: %1 and %2 the bounds of the setting
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel",
                       "Loss must be a number from %1 to %2 %.")},
    {LinkSettingsPanel::Duplicate,
     //: Accessible name; %1 the direction ("A → B")
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Duplication %1 slider"),
     //: Accessible name; %1 the direction ("A → B")
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Duplication %1 in %"),
     //: Undo/redo text; %1 the direction ("A → B"), %2 the new value
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Set duplication %1 to %2 %"),
     //: %1 and %2 the bounds of the setting
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel",
                       "Duplication must be a number from %1 to %2 %.")},
    {LinkSettingsPanel::Reorder,
     //: Accessible name; %1 the direction ("A → B")
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Reordering %1 slider"),
     //: Accessible name; %1 the direction ("A → B")
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Reordering %1 in %"),
     //: Undo/redo text; %1 the direction ("A → B"), %2 the new value
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel", "Set reordering %1 to %2 %"),
     //: %1 and %2 the bounds of the setting
     QT_TRANSLATE_NOOP("ackademy::ui::LinkSettingsPanel",
                       "Reordering must be a number from %1 to %2 %.")},
};

const FieldTexts& textsOf(LinkSettingsPanel::Field field)
{
    for (const FieldTexts& t : kFieldTexts)
        if (t.field == field) return t;
    return kFieldTexts[0];
}

} // namespace

QValidator::State CheckedSpinBox::validate(QString& input, int& pos) const
{
    const QValidator::State state = QDoubleSpinBox::validate(input, pos);
    if (state == QValidator::Invalid) {
        QString typed = input;
        if (!suffix().isEmpty() && typed.endsWith(suffix())) typed.chop(suffix().size());
        emit refused(typed.trimmed());
    }
    return state;
}

LinkSettingsPanel::LinkSettingsPanel(Document* document, QWidget* parent)
    : QWidget(parent), document_(document)
{
    setObjectName(QStringLiteral("LinkSettingsPanel"));
    // Side by side: the panel lives in a wide, low dock under the diagram.
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(buildDirection(sim::HostId::A), 2);
    layout->addWidget(buildDirection(sim::HostId::B), 2);
    auto* side = new QVBoxLayout;
    layout->addLayout(side, 1);

    auto* form = new QFormLayout;
    profile_ = new QComboBox(this);
    profile_->setObjectName(QStringLiteral("ProfileBox"));
    for (std::string_view name : tcp::Profile::names()) {
        const QString text = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
        profile_->addItem(text, text);
    }
    profileLabel_ = new QLabel(this);
    profileLabel_->setBuddy(profile_);
    form->addRow(profileLabel_, profile_);
    seed_ = new QLineEdit(this);
    seed_->setObjectName(QStringLiteral("SeedEdit"));
    seedLabel_ = new QLabel(this);
    seedLabel_->setBuddy(seed_);
    form->addRow(seedLabel_, seed_);
    side->addLayout(form);

    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("LinkSettingsMessage"));
    message_->setWordWrap(true);
    message_->setStyleSheet(QStringLiteral("QLabel { color: #d55e00; font-weight: bold; }"));
    message_->hide();
    side->addWidget(message_);
    side->addStretch(1);

    connect(profile_, &QComboBox::activated, this, [this](int index) {
        const std::string name = profile_->itemData(index).toString().toStdString();
        if (refreshing_ || name == document_->scenario().profile) return;
        clearRefusal();
        document_->change(tr("Switch to the %1 profile").arg(QString::fromStdString(name)),
                          [name](sim::Scenario& s) { s.profile = name; });
    });
    connect(seed_, &QLineEdit::editingFinished, this, &LinkSettingsPanel::applySeed);
    connect(document_, &Document::timelineChanged, this, &LinkSettingsPanel::refresh);
    retranslateUi();
    refresh();
}

void LinkSettingsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void LinkSettingsPanel::retranslateUi()
{
    profile_->setAccessibleName(tr("TCP profile"));
    profile_->setToolTip(tr("rfc: the RFCs' defaults. linux: today's Linux defaults."));
    profileLabel_->setText(tr("&Profile:"));
    seed_->setAccessibleName(tr("Random seed"));
    seed_->setToolTip(tr("The same scenario with the same seed gives the same timeline."));
    seedLabel_->setText(tr("&Seed:"));
    message_->setAccessibleName(tr("Link settings message"));
    for (sim::HostId from : {sim::HostId::A, sim::HostId::B}) {
        const QString direction = from == sim::HostId::A ? tr("A → B") : tr("B → A");
        boxes_[static_cast<std::size_t>(from)]->setTitle(tr("Link %1").arg(direction));
        for (int f = 0; f < FieldCount; ++f) {
            const auto field = static_cast<Field>(f);
            const Row& row = rows_[static_cast<std::size_t>(from)][static_cast<std::size_t>(f)];
            row.label->setText(fieldName(field));
            row.slider->setAccessibleName(tr(textsOf(field).slider).arg(direction));
            row.spin->setAccessibleName(tr(textsOf(field).spin).arg(direction));
            row.spin->setSuffix(QLatin1Char(' ') + fieldUnit(field));
        }
    }
}

QString LinkSettingsPanel::fieldName(Field field) const
{
    switch (field) {
    case Delay:
        return tr("Delay");
    case Jitter:
        return tr("Jitter");
    case Loss:
        return tr("Loss");
    case Duplicate:
        return tr("Duplication");
    case Reorder:
        return tr("Reordering");
    case FieldCount:
        break;
    }
    return {};
}

QString LinkSettingsPanel::fieldUnit(Field field) const
{
    return isPercent(field) ? tr("%") : tr("ms");
}

QWidget* LinkSettingsPanel::buildDirection(sim::HostId from)
{
    auto* box = new QGroupBox(this);
    boxes_[static_cast<std::size_t>(from)] = box;
    box->setObjectName(from == sim::HostId::A ? QStringLiteral("LinkAB") : QStringLiteral("LinkBA"));
    auto* grid = new QGridLayout(box);
    for (int f = 0; f < FieldCount; ++f) {
        const auto field = static_cast<Field>(f);
        Row& row = rows_[static_cast<std::size_t>(from)][static_cast<std::size_t>(f)];
        auto* label = row.label = new QLabel(box);
        row.slider = new QSlider(Qt::Horizontal, box);
        row.spin = new CheckedSpinBox(box);
        row.slider->setObjectName(
            QStringLiteral("slider_%1_%2").arg(QLatin1Char(sim::host_letter(from))).arg(f));
        row.spin->setObjectName(QStringLiteral("spin_%1_%2").arg(QLatin1Char(sim::host_letter(from))).arg(f));
        label->setBuddy(row.spin);
        const double max = isPercent(field) ? 100.0 : kMaxDelayMs;
        row.spin->setDecimals(isPercent(field) ? 1 : 0);
        row.spin->setRange(0.0, max);
        row.spin->setKeyboardTracking(false); // apply on Enter or focus change, not per keystroke
        row.spin->setAccelerated(true);
        row.slider->setRange(0,
                             isPercent(field) ? static_cast<int>(max) * sliderFactor(field) : kSliderMaxMs);
        row.slider->setTracking(false); // one undoable change per drag
        if (!isPercent(field)) row.slider->setPageStep(50);
        grid->addWidget(label, f, 0);
        grid->addWidget(row.slider, f, 1);
        grid->addWidget(row.spin, f, 2);

        connect(row.slider, &QSlider::sliderMoved, this, [row, field](int position) {
            const QSignalBlocker block(row.spin);
            row.spin->setValue(position / static_cast<double>(sliderFactor(field)));
        });
        connect(row.slider, &QSlider::valueChanged, this, [this, from, field](int position) {
            if (!refreshing_) apply(from, field, position / static_cast<double>(sliderFactor(field)));
        });
        connect(row.spin, &QDoubleSpinBox::valueChanged, this, [this, from, field](double value) {
            if (!refreshing_) apply(from, field, value);
        });
        connect(row.spin, &CheckedSpinBox::refused, this,
                [this, field, spin = row.spin](const QString& text) {
                    if (text.isEmpty()) return;
                    const QLocale locale;
                    const QString reason = tr(textsOf(field).refused)
                                               .arg(locale.toString(spin->minimum()),
                                                    locale.toString(spin->maximum()));
                    showRefusal(tr("Refused “%1”: %2").arg(text, reason), spin);
                });
    }
    grid->setColumnStretch(1, 1);
    return box;
}

CheckedSpinBox* LinkSettingsPanel::spinBox(sim::HostId from, Field field) const
{
    return rows_[static_cast<std::size_t>(from)][static_cast<std::size_t>(field)].spin;
}

QSlider* LinkSettingsPanel::slider(sim::HostId from, Field field) const
{
    return rows_[static_cast<std::size_t>(from)][static_cast<std::size_t>(field)].slider;
}

QString LinkSettingsPanel::message() const
{
    return message_->isHidden() ? QString() : message_->text();
}

void LinkSettingsPanel::showRefusal(const QString& text, QWidget* control)
{
    refusedControl_ = control;
    message_->setText(QStringLiteral("⚠ ") + text);
    message_->show();
}

void LinkSettingsPanel::clearRefusal()
{
    refusedControl_ = nullptr;
    message_->clear();
    message_->hide();
}

void LinkSettingsPanel::refresh()
{
    refreshing_ = true;
    const sim::Scenario& s = document_->scenario();
    for (sim::HostId from : {sim::HostId::A, sim::HostId::B}) {
        const sim::LinkParams& link = linkOf(s, from);
        for (int f = 0; f < FieldCount; ++f) {
            const auto field = static_cast<Field>(f);
            const Row& row = rows_[static_cast<std::size_t>(from)][static_cast<std::size_t>(f)];
            const QSignalBlocker blockSpin(row.spin);
            const QSignalBlocker blockSlider(row.slider);
            if (field == Jitter) {
                const double delay = std::min(msOf(link.delay), kMaxDelayMs);
                row.spin->setMaximum(delay);
                row.slider->setMaximum(std::min(static_cast<int>(delay), kSliderMaxMs));
            }
            const double value = valueOf(link, field);
            row.spin->setValue(value);
            row.slider->setValue(static_cast<int>(std::lround(value * sliderFactor(field))));
        }
    }
    const int index = profile_->findData(QString::fromStdString(s.profile));
    if (index >= 0) profile_->setCurrentIndex(index);
    seed_->setText(QString::number(s.seed));
    refreshing_ = false;
}

void LinkSettingsPanel::apply(sim::HostId from, Field field, double value)
{
    const Row& row = rows_[static_cast<std::size_t>(from)][static_cast<std::size_t>(field)];
    // The spin box's range is the rule; a slider or a caller cannot get past it either.
    value = std::clamp(value, row.spin->minimum(), row.spin->maximum());
    if (std::abs(value - valueOf(linkOf(document_->scenario(), from), field)) < 1e-9) return;
    // The message about a refused input stays while its control commits what was accepted.
    if (refusedControl_ != row.spin) clearRefusal();
    const QString direction = from == sim::HostId::A ? tr("A → B") : tr("B → A");
    const QString text = tr(textsOf(field).undo).arg(direction, QLocale().toString(value));
    document_->change(text, [from, field, value](sim::Scenario& s) {
        sim::LinkParams& link = linkOf(s, from);
        switch (field) {
        case Delay:
            link.delay = durationOfMs(value);
            link.jitter = std::min(link.jitter, link.delay); // jitter never exceeds the delay
            break;
        case Jitter:
            link.jitter = durationOfMs(value);
            break;
        case Loss:
            link.loss = value / 100.0;
            break;
        case Duplicate:
            link.duplicate = value / 100.0;
            break;
        case Reorder:
            link.reorder = value / 100.0;
            break;
        case FieldCount:
            break;
        }
    });
    refresh(); // also when the change was refused by the simulator: show the current values
}

void LinkSettingsPanel::applySeed()
{
    if (refreshing_) return;
    bool ok = false;
    const QString text = seed_->text().trimmed();
    const qulonglong seed = text.toULongLong(&ok);
    if (!ok) {
        showRefusal(tr("Refused “%1”: the seed must be a whole number from 0 to %2.")
                        .arg(text)
                        .arg(std::numeric_limits<qulonglong>::max()),
                    seed_);
        refresh();
        return;
    }
    if (seed == document_->scenario().seed) return;
    clearRefusal();
    document_->change(tr("Set the seed to %1").arg(seed), [seed](sim::Scenario& s) { s.seed = seed; });
}

} // namespace ackademy::ui
