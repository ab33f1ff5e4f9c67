#pragma once

#include "AccountTemplate.h"

#include <QList>

#include <optional>

// The built-in account templates (README "Your first account").
namespace Kingside::AccountTemplates {

// "standard" first, then one per industry, then "blank" (no departments, no levels).
QList<AccountTemplate> all();

// The template with this key or translated name, ignoring case and surrounding spaces.
std::optional<AccountTemplate> find(const QString &keyOrName);

// The general board most accounts start from.
AccountTemplate standard();

} // namespace Kingside::AccountTemplates
