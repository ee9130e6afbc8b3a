import { type SettingKey, type SettingValue, settingSchemas } from '../model/settings';
import type { CrossroadsDb } from './database';
import { guardWrite } from './errors';

/** A setting's value, or undefined when unset or unreadable (the reason is logged). */
export async function getSetting<K extends SettingKey>(db: CrossroadsDb, key: K): Promise<SettingValue<K> | undefined> {
  const row = await db.settings.get(key);
  if (!row) return undefined;
  const parsed = settingSchemas[key].safeParse(row.value);
  if (parsed.success) return parsed.data as SettingValue<K>;
  console.warn(`Crossroads: ignored an unreadable setting "${key}"`, parsed.error.issues[0]?.message);
  return undefined;
}

export async function setSetting<K extends SettingKey>(db: CrossroadsDb, key: K, value: SettingValue<K>): Promise<void> {
  const parsed = settingSchemas[key].parse(value);
  await guardWrite(() => db.settings.put({ key, value: parsed }));
}

export async function clearSetting(db: CrossroadsDb, key: SettingKey): Promise<void> {
  await db.settings.delete(key);
}
