// ExifTool, which the photo-metadata tests ask whether a stripped photo still says where and with what it was
// taken (test/fixtures/camera-photos.ts). Installed where the machine allows it (apt-get as root on Linux, as CI
// runs); elsewhere those checks are skipped and the byte-level ones still run.
import { spawnSync } from 'node:child_process';
import { aptInstall, canInstallWithApt, isExecutable, run } from './preflight-machine.mjs';

function hasExiftool() {
  return spawnSync('exiftool', ['-ver'], { stdio: 'ignore' }).status === 0;
}

/** True when ExifTool is there (after installing it if it can be); says so on one line when it is not. */
export function ensureExiftool(
  machine = { env: process.env, run, isExecutable, platform: process.platform, uid: process.getuid?.(), log: console },
) {
  if (hasExiftool()) return true;
  if (canInstallWithApt(machine)) {
    machine.log.log('ExifTool не знайдено: встановлюємо libimage-exiftool-perl через apt-get…');
    if (aptInstall(machine, ['libimage-exiftool-perl']) && hasExiftool()) return true;
  }
  machine.log.log(
    'ExifTool не знайдено: перевірки метаданих фото через ExifTool пропущено («sudo apt-get install libimage-exiftool-perl»).',
  );
  return false;
}
