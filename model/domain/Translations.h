#pragma once

#include <QString>
#include <QStringList>

namespace Kingside::Translations {

// The languages Kingside is translated into, as QLocale names ("de", "fr"); English is the
// source language (README "Translations").
QStringList available();

// The language chosen in View → Language (QSettings "interface/language"): empty for the
// system's own.
QString chosenLanguage();
void setChosenLanguage(const QString &language);

// Installs the translators for `language` (a QLocale name; empty: the chosen language, else
// the system locale): Kingside's English plural forms always, then Kingside's and Qt's own
// texts in that language where they exist, and sets the default QLocale to it so that dates
// and numbers follow. Returns the language whose translation was installed ("en" when none
// matched). Call once, after the QCoreApplication exists.
QString install(const QString &language = {});

} // namespace Kingside::Translations
