//! Preferences kept on this device (theme, language). Through web-sys rather than gloo-storage:
//! gloo's `LocalStorage` throws when storage is blocked (a locked-down laptop, some `file://` pages),
//! and a preference must never stop the app.

fn storage() -> Option<web_sys::Storage> {
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

pub fn get(key: &str) -> Option<String> {
    storage().and_then(|s| s.get_item(key).ok().flatten())
}

pub fn set(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}
