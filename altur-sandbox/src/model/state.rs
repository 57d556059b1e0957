//! The sandbox's state: one table per kind of record, each remembering which
//! rows changed since they were last written, so that with a state file
//! every answered request's changes reach SQLite before the answer leaves
//! (`store.rs`). The indexes (the job queue in time order, a campaign's
//! contacts, its phone numbers) are derived from the tables and rebuilt on
//! load; they are never stored.

use std::borrow::Borrow;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Display;
use std::str::FromStr;
use std::sync::Arc;

use altur_api::types::CampaignContactStatus as ContactStatus;
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::model::records::{
    Agent, Call, Campaign, Channel, Contact, Delivery, EndUser, Endpoint, Integration, Job,
    Message, Meta, Replay, Scheduled, Thread,
};

/// Rows of one kind, by key, with the keys changed since the last write.
pub struct Table<K, V> {
    kind: &'static str,
    rows: BTreeMap<K, V>,
    changed: BTreeSet<K>,
}

impl<K: Ord + Clone, V> Table<K, V> {
    fn new(kind: &'static str) -> Self {
        Table {
            kind,
            rows: BTreeMap::new(),
            changed: BTreeSet::new(),
        }
    }

    pub fn get<Q: Ord + ?Sized>(&self, key: &Q) -> Option<&V>
    where
        K: Borrow<Q>,
    {
        self.rows.get(key)
    }

    /// The row, to change: it will be written.
    pub fn get_mut<Q: Ord + ToOwned<Owned = K> + ?Sized>(&mut self, key: &Q) -> Option<&mut V>
    where
        K: Borrow<Q>,
    {
        let row = self.rows.get_mut(key)?;
        self.changed.insert(key.to_owned());
        Some(row)
    }

    pub fn insert(&mut self, key: K, value: V) {
        self.changed.insert(key.clone());
        self.rows.insert(key, value);
    }

    pub fn remove(&mut self, key: &K) -> Option<V> {
        let removed = self.rows.remove(key)?;
        self.changed.insert(key.clone());
        Some(removed)
    }

    pub fn contains(&self, key: &K) -> bool {
        self.rows.contains_key(key)
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &V> {
        self.rows.values()
    }
}

/// What the store needs of a table, whatever its types.
pub trait Stored {
    fn kind(&self) -> &'static str;
    /// The changed rows as (key, JSON, or `None` where removed), forgotten
    /// as changed.
    fn take_changes(&mut self) -> Vec<(String, Option<String>)>;
    /// Forgets which rows changed, writing none.
    fn forget_changes(&mut self);
    fn load(&mut self, key: &str, json: &str) -> Result<(), String>;
}

impl<K, V> Stored for Table<K, V>
where
    K: Ord + Clone + Display + FromStr,
    V: Serialize + DeserializeOwned,
{
    fn kind(&self) -> &'static str {
        self.kind
    }

    fn take_changes(&mut self) -> Vec<(String, Option<String>)> {
        std::mem::take(&mut self.changed)
            .into_iter()
            .map(|key| {
                let json = self.rows.get(&key).map(|row| {
                    serde_json::to_string(row).unwrap_or_else(|e| {
                        unreachable!("a record of the sandbox's own types serializes: {e}")
                    })
                });
                (key.to_string(), json)
            })
            .collect()
    }

    fn forget_changes(&mut self) {
        self.changed.clear();
    }

    fn load(&mut self, key: &str, json: &str) -> Result<(), String> {
        let key = K::from_str(key)
            .map_err(|_| format!("{}: a key that does not parse: {key}", self.kind))?;
        let row = serde_json::from_str(json).map_err(|e| format!("{} {key}: {e}", self.kind))?;
        self.rows.insert(key, row);
        Ok(())
    }
}

pub struct State {
    pub meta: Meta,
    meta_changed: bool,
    pub agents: Table<Uuid, Agent>,
    pub integrations: Table<String, Integration>,
    end_users: Table<Uuid, EndUser>,
    threads: Table<String, Thread>,
    calls: Table<String, Call>,
    pub campaigns: Table<i64, Campaign>,
    contacts: Table<i64, Contact>,
    pub endpoints: Table<String, Endpoint>,
    pub deliveries: Table<String, Delivery>,
    jobs: Table<u64, Scheduled>,
    /// By `operation id` and key.
    pub replays: Table<String, Replay>,
    queue: BTreeSet<(DateTime<Utc>, u64)>,
    by_campaign: BTreeMap<i64, BTreeSet<i64>>,
    phones: BTreeMap<(i64, String), i64>,
    /// Per campaign, by status: who waits in `queue`, who is `retrying`
    /// (by when), how many are `sending`.
    waiting: BTreeMap<i64, BTreeSet<i64>>,
    retrying: BTreeMap<i64, BTreeSet<(DateTime<Utc>, i64)>>,
    sending: BTreeMap<i64, usize>,
    /// End users by phone number; threads by agent, end user and
    /// integration.
    by_phone: BTreeMap<String, Uuid>,
    between: BTreeMap<(Uuid, Uuid), BTreeMap<String, String>>,
    /// Each campaign's calls, in the order placed.
    campaign_calls: BTreeMap<i64, Vec<String>>,
    /// Each contact as the API last wrote it, kept until the contact
    /// changes: a page of contacts is made of these rather than written
    /// again on every request.
    written_contacts: BTreeMap<i64, Arc<str>>,
    /// Each thread as the API last wrote it, cut where its `updated_at`
    /// goes, kept until its end user changes (its other parts never do).
    written_threads: BTreeMap<String, WrittenThread>,
}

/// A thread as written: the bytes before its `updated_at`'s value, and
/// after it.
pub type WrittenThread = Arc<(Box<[u8]>, Box<[u8]>)>;

impl State {
    pub fn new(meta: Meta) -> State {
        State {
            meta,
            meta_changed: true,
            agents: Table::new("agent"),
            integrations: Table::new("integration"),
            end_users: Table::new("end_user"),
            threads: Table::new("thread"),
            calls: Table::new("call"),
            campaigns: Table::new("campaign"),
            contacts: Table::new("contact"),
            endpoints: Table::new("endpoint"),
            deliveries: Table::new("delivery"),
            jobs: Table::new("job"),
            replays: Table::new("replay"),
            queue: BTreeSet::new(),
            by_campaign: BTreeMap::new(),
            phones: BTreeMap::new(),
            waiting: BTreeMap::new(),
            retrying: BTreeMap::new(),
            sending: BTreeMap::new(),
            by_phone: BTreeMap::new(),
            between: BTreeMap::new(),
            campaign_calls: BTreeMap::new(),
            written_contacts: BTreeMap::new(),
            written_threads: BTreeMap::new(),
        }
    }

    /// The counters, to change: they will be written.
    pub fn meta_mut(&mut self) -> &mut Meta {
        self.meta_changed = true;
        &mut self.meta
    }

    pub fn tables(&mut self) -> [&mut dyn Stored; 11] {
        [
            &mut self.agents,
            &mut self.integrations,
            &mut self.end_users,
            &mut self.threads,
            &mut self.calls,
            &mut self.campaigns,
            &mut self.contacts,
            &mut self.endpoints,
            &mut self.deliveries,
            &mut self.jobs,
            &mut self.replays,
        ]
    }

    /// The meta record as JSON, if it changed since the last write.
    pub fn take_meta_change(&mut self) -> Option<String> {
        std::mem::take(&mut self.meta_changed).then(|| {
            serde_json::to_string(&self.meta)
                .unwrap_or_else(|e| unreachable!("the meta record serializes: {e}"))
        })
    }

    /// Forgets every change (the state was just read from its file, or it
    /// is kept in memory only).
    pub fn forget_changes(&mut self) {
        self.meta_changed = false;
        for table in self.tables() {
            table.forget_changes();
        }
    }

    /// Rebuilds the indexes after the tables were loaded.
    pub fn reindex(&mut self) {
        self.written_contacts.clear();
        self.written_threads.clear();
        self.queue = self
            .jobs
            .rows
            .iter()
            .map(|(seq, scheduled)| (scheduled.due, *seq))
            .collect();
        self.by_campaign.clear();
        self.phones.clear();
        self.waiting.clear();
        self.retrying.clear();
        self.sending.clear();
        let contacts: Vec<Contact> = self.contacts.rows.values().cloned().collect();
        for contact in &contacts {
            self.index(contact);
        }
        self.by_phone = self
            .end_users
            .rows
            .values()
            .filter_map(|u| Some((u.phone_number.clone()?, u.id)))
            .collect();
        let mut placed: Vec<&Call> = self.calls.rows.values().collect();
        placed.sort_by(|a, b| a.created_at.cmp(&b.created_at).then(a.id.cmp(&b.id)));
        self.campaign_calls.clear();
        for call in placed {
            if let Some(campaign) = call.campaign {
                self.campaign_calls
                    .entry(campaign.campaign_id)
                    .or_default()
                    .push(call.id.clone());
            }
        }
        self.between.clear();
        for t in self.threads.rows.values() {
            self.between
                .entry((t.agent_id, t.end_user_id))
                .or_default()
                .insert(t.integration_id.clone(), t.id.clone());
        }
    }

    /// An agent's integration on `channel` (its phone line, its WhatsApp
    /// number, the API).
    pub fn integration_of(&self, agent: Uuid, channel: Channel) -> Option<&Integration> {
        self.integrations
            .values()
            .find(|i| i.agent_id == agent && i.channel == channel)
    }

    pub fn call(&self, id: &str) -> Option<&Call> {
        self.calls.get(id)
    }

    /// A call, to change; never the campaign it was made for.
    pub fn call_mut(&mut self, id: &str) -> Option<&mut Call> {
        self.calls.get_mut(id)
    }

    pub fn calls(&self) -> impl Iterator<Item = &Call> {
        self.calls.values()
    }

    pub fn insert_call(&mut self, call: Call) {
        if let Some(campaign) = call.campaign {
            let key = (call.created_at, call.id.clone());
            let calls = &self.calls;
            let ids = self.campaign_calls.entry(campaign.campaign_id).or_default();
            // In time order, then by id, as a restart reads them back;
            // placed in time order, a call goes at (or near) the end.
            let at = ids.partition_point(|id| {
                calls
                    .get(id)
                    .is_some_and(|c| (c.created_at, c.id.clone()) < key)
            });
            ids.insert(at, call.id.clone());
        }
        self.calls.insert(call.id.clone(), call);
    }

    /// A campaign's calls, in the order placed (by time, then id).
    pub fn calls_of(&self, campaign: i64) -> impl Iterator<Item = &Call> {
        self.campaign_calls
            .get(&campaign)
            .into_iter()
            .flatten()
            .filter_map(|id| self.calls.get(id))
    }

    pub fn end_user(&self, id: &Uuid) -> Option<&EndUser> {
        self.end_users.get(id)
    }

    /// An end user, to change; never its phone number.
    pub fn end_user_mut(&mut self, id: &Uuid) -> Option<&mut EndUser> {
        // Its threads show it (a rare change: every thread is written again).
        self.written_threads.clear();
        self.end_users.get_mut(id)
    }

    pub fn end_users(&self) -> impl Iterator<Item = &EndUser> {
        self.end_users.values()
    }

    pub fn insert_end_user(&mut self, user: EndUser) {
        self.written_threads.clear();
        if let Some(phone) = &user.phone_number {
            self.by_phone.insert(phone.clone(), user.id);
        }
        self.end_users.insert(user.id, user);
    }

    /// The end user a phone number belongs to.
    pub fn end_user_by_phone(&self, phone: &str) -> Option<Uuid> {
        self.by_phone.get(phone).copied()
    }

    pub fn thread(&self, id: &str) -> Option<&Thread> {
        self.threads.get(id)
    }

    /// Adds `messages` to thread `id`, updated `at`: the thread as written
    /// stays (its `updated_at` is written with each answer).
    pub fn add_messages(
        &mut self,
        id: &str,
        messages: impl IntoIterator<Item = Message>,
        at: DateTime<Utc>,
    ) {
        if let Some(thread) = self.threads.get_mut(id) {
            thread.messages.extend(messages);
            thread.updated_at = at;
        }
    }

    /// The thread as the API last wrote it, if nothing it shows changed.
    pub fn written_thread(&self, id: &str) -> Option<WrittenThread> {
        self.written_threads.get(id).cloned()
    }

    /// Keeps the thread as the API wrote it, until its end user changes.
    pub fn keep_written_thread(&mut self, id: &str, written: WrittenThread) {
        if self.threads.get(id).is_some() {
            self.written_threads.insert(id.to_owned(), written);
        }
    }

    pub fn insert_thread(&mut self, thread: Thread) {
        self.between
            .entry((thread.agent_id, thread.end_user_id))
            .or_default()
            .insert(thread.integration_id.clone(), thread.id.clone());
        self.threads.insert(thread.id.clone(), thread);
    }

    /// The thread between an agent and an end user on an integration.
    pub fn thread_between(&self, agent: Uuid, end_user: Uuid, integration: &str) -> Option<&str> {
        self.between
            .get(&(agent, end_user))?
            .get(integration)
            .map(String::as_str)
    }

    fn index(&mut self, contact: &Contact) {
        let campaign = contact.campaign_id;
        self.by_campaign
            .entry(campaign)
            .or_default()
            .insert(contact.id);
        self.phones
            .insert((campaign, contact.phone.clone()), contact.id);
        self.index_status(contact, true);
    }

    fn index_status(&mut self, contact: &Contact, on: bool) {
        let campaign = contact.campaign_id;
        match contact.status {
            ContactStatus::Queue => {
                let set = self.waiting.entry(campaign).or_default();
                if on {
                    set.insert(contact.id);
                } else {
                    set.remove(&contact.id);
                }
            }
            ContactStatus::Retrying => {
                let at = contact.next_attempt_at.unwrap_or(DateTime::<Utc>::MIN_UTC);
                let set = self.retrying.entry(campaign).or_default();
                if on {
                    set.insert((at, contact.id));
                } else {
                    set.remove(&(at, contact.id));
                }
            }
            ContactStatus::Sending => {
                let count = self.sending.entry(campaign).or_default();
                if on {
                    *count += 1;
                } else {
                    *count = count.saturating_sub(1);
                }
            }
            _ => {}
        }
    }

    /// Moves a contact to `status` (with, for `retrying`, when it is due):
    /// the one way a contact's status changes, so the indexes follow.
    pub fn set_contact_status(
        &mut self,
        id: i64,
        status: ContactStatus,
        next_attempt_at: Option<DateTime<Utc>>,
    ) {
        let Some(before) = self.contacts.get(&id).cloned() else {
            return;
        };
        self.written_contacts.remove(&id);
        self.index_status(&before, false);
        let contact = self
            .contacts
            .get_mut(&id)
            .unwrap_or_else(|| unreachable!("read above"));
        contact.status = status;
        contact.next_attempt_at = next_attempt_at;
        let after = contact.clone();
        self.index_status(&after, true);
    }

    /// A contact its campaign did not reach: tried again at `retry_at` (one
    /// more retry counted) while the campaign's `retries` allow, else left
    /// in `status` for good.
    pub fn retry_or(
        &mut self,
        id: i64,
        retries: i64,
        retry_at: DateTime<Utc>,
        status: ContactStatus,
    ) {
        let Some(tried) = self.contact(id).map(|c| c.retries) else {
            return;
        };
        if tried < retries {
            if let Some(details) = self.contact_details_mut(id) {
                details.retries += 1;
            }
            self.set_contact_status(id, ContactStatus::Retrying, Some(retry_at));
        } else {
            self.set_contact_status(id, status, None);
        }
    }

    /// The campaign's contacts waiting in `queue`, first come first.
    pub fn waiting(&self, campaign: i64) -> impl Iterator<Item = i64> + '_ {
        self.waiting.get(&campaign).into_iter().flatten().copied()
    }

    /// Its contacts `retrying`, soonest first, with when each is due.
    pub fn retrying(&self, campaign: i64) -> impl Iterator<Item = (DateTime<Utc>, i64)> + '_ {
        self.retrying.get(&campaign).into_iter().flatten().copied()
    }

    /// How many of its contacts are being contacted now.
    pub fn sending(&self, campaign: i64) -> usize {
        self.sending.get(&campaign).copied().unwrap_or(0)
    }

    pub fn schedule(&mut self, due: DateTime<Utc>, job: Job) {
        let seq = self.meta.next_job;
        self.meta_mut().next_job += 1;
        self.jobs.insert(seq, Scheduled { due, job });
        self.queue.insert((due, seq));
    }

    /// Puts the campaign's next look at its contacts on the clock at `at`,
    /// unless one is there already for then or sooner.
    pub fn wake_campaign(&mut self, id: i64, at: DateTime<Utc>) {
        let Some(campaign) = self.campaigns.get(&id) else {
            return;
        };
        if campaign.run.next_tick.is_some_and(|pending| pending <= at) {
            return;
        }
        if let Some(campaign) = self.campaigns.get_mut(&id) {
            campaign.run.next_tick = Some(at);
        }
        self.schedule(at, Job::CampaignTick { campaign: id });
    }

    /// When the next job is due.
    pub fn next_due(&self) -> Option<DateTime<Utc>> {
        self.queue.first().map(|(due, _)| *due)
    }

    /// The earliest job due at or before `by`, taken off the queue.
    pub fn take_due(&mut self, by: DateTime<Utc>) -> Option<Scheduled> {
        let &(due, seq) = self.queue.first().filter(|(due, _)| *due <= by)?;
        self.queue.remove(&(due, seq));
        self.jobs.remove(&seq)
    }

    pub fn contact(&self, id: i64) -> Option<&Contact> {
        self.contacts.get(&id)
    }

    /// A contact's details, to change; never its status or its phone
    /// number (`set_contact_status` keeps the indexes right).
    pub fn contact_details_mut(&mut self, id: i64) -> Option<&mut Contact> {
        self.written_contacts.remove(&id);
        self.contacts.get_mut(&id)
    }

    /// The contact as the API last wrote it, if it has not changed since.
    pub fn written_contact(&self, id: i64) -> Option<Arc<str>> {
        self.written_contacts.get(&id).cloned()
    }

    /// Keeps the contact as the API wrote it, until it changes.
    pub fn keep_written_contact(&mut self, id: i64, json: Arc<str>) {
        if self.contacts.contains(&id) {
            self.written_contacts.insert(id, json);
        }
    }

    /// How many contacts the campaign has.
    pub fn contact_count(&self, campaign: i64) -> usize {
        self.by_campaign.get(&campaign).map_or(0, BTreeSet::len)
    }

    /// A campaign's contact ids, in the order they were added.
    pub fn contact_ids(&self, campaign: i64) -> impl Iterator<Item = i64> + '_ {
        self.by_campaign
            .get(&campaign)
            .into_iter()
            .flatten()
            .copied()
    }

    pub fn contact_by_phone(&self, campaign: i64, phone: &str) -> Option<i64> {
        self.phones.get(&(campaign, phone.to_owned())).copied()
    }

    /// A campaign's contacts, by id (the order they were added in).
    pub fn contacts_of(&self, campaign: i64) -> impl Iterator<Item = &Contact> {
        self.by_campaign
            .get(&campaign)
            .into_iter()
            .flatten()
            .filter_map(|id| self.contacts.get(id))
    }

    pub fn add_contact(&mut self, contact: Contact) {
        self.index(&contact);
        self.contacts.insert(contact.id, contact);
    }

    pub fn remove_contact(&mut self, id: i64) -> Option<Contact> {
        self.written_contacts.remove(&id);
        let contact = self.contacts.remove(&id)?;
        if let Some(ids) = self.by_campaign.get_mut(&contact.campaign_id) {
            ids.remove(&id);
        }
        self.phones
            .remove(&(contact.campaign_id, contact.phone.clone()));
        self.index_status(&contact, false);
        Some(contact)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::ids::Draws;

    /// The counters of a state made for a unit test.
    pub(crate) fn meta() -> Meta {
        Meta {
            draws: Draws::new(1),
            api_key: "k".into(),
            webhook_secret: "s".into(),
            project_id: "prj_1".into(),
            next_campaign_id: 1,
            next_contact_id: 1,
            next_job: 0,
            billed_seconds: 0,
        }
    }

    #[test]
    fn jobs_come_due_in_time_order_then_in_order_scheduled() {
        let mut state = State::new(meta());
        let at = |s: i64| DateTime::<Utc>::from_timestamp(s, 0).unwrap();
        state.schedule(at(20), Job::CampaignTick { campaign: 2 });
        state.schedule(at(10), Job::CampaignTick { campaign: 1 });
        state.schedule(at(10), Job::CampaignTick { campaign: 3 });
        assert_eq!(state.next_due(), Some(at(10)));
        assert!(state.take_due(at(5)).is_none());
        let order: Vec<_> = std::iter::from_fn(|| state.take_due(at(30)))
            .map(|s| s.job)
            .collect();
        assert_eq!(
            order,
            [1, 3, 2].map(|campaign| Job::CampaignTick { campaign })
        );
    }

    #[test]
    fn changes_are_taken_once() {
        let mut state = State::new(meta());
        state.forget_changes();
        state.replays.insert(
            "k".into(),
            Replay {
                status: 200,
                body: "{}".into(),
                at: Utc::now(),
            },
        );
        state.replays.remove(&"k".to_owned());
        let [.., replays] = state.tables();
        let changes = replays.take_changes();
        assert_eq!(changes, [("k".to_owned(), None)]);
        assert!(replays.take_changes().is_empty());
    }
}
