//! What the API tests share: a real database file holding the demo organization 架空市, its people
//! as actors, and a clock the test moves.

#![allow(dead_code)] // each test file uses a part of it

pub mod pdf;

use sonae_api::{Actor, ApiError, Ctx, FixedClock, OpenMode, SequentialIds, Store};

/// A demo database in a temporary directory, read and written at `now`.
pub struct World {
    pub dir: tempfile::TempDir,
    pub store: Store,
    pub ids: SequentialIds,
    pub now: chrono::DateTime<chrono::Utc>,
}

impl World {
    /// 架空市, loaded at `now`.
    pub fn demo_at(now: chrono::DateTime<chrono::Utc>) -> World {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(&dir.path().join("sonae.db"), OpenMode::CreateOrMigrate, now).unwrap();
        let ids = SequentialIds::new();
        let admin = Actor::new("system:test", &[sonae_api::Role::Administrator]);
        sonae_api::load_demo(&mut Ctx { store: &mut store, clock: &FixedClock(now), ids: &ids, actor: &admin }).unwrap();
        World { dir, store, ids, now }
    }

    /// The demo person called `name`, acting with their own roles, and their id.
    pub fn person(&mut self, name: &str) -> (Actor, String) {
        let admin = Actor::new("system:test", &[sonae_api::Role::Administrator]);
        let p =
            self.run(&admin, sonae_api::list_people).unwrap().into_iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no {name}"));
        (Actor::new(format!("person:{}", p.id), &p.roles.into_iter().map(Into::into).collect::<Vec<_>>()), p.id)
    }

    pub fn run<T>(&mut self, actor: &Actor, f: impl FnOnce(&mut Ctx<'_>) -> Result<T, ApiError>) -> Result<T, ApiError> {
        f(&mut Ctx { store: &mut self.store, clock: &FixedClock(self.now), ids: &self.ids, actor })
    }
}
