-- Next Practice's database migrated from nothing, for `make cluster` to start from.
-- Written by `make cluster-schema` (scripts/cluster_schema.py); do not edit. Used only
-- while every migration below is on disk unchanged; newer ones are applied on top.
-- migration contenttypes 0001_initial 35ed8489a147e0b42a15c21b5d4f0e8940de6f73fb326e9d6dea91b4d0b953cc
-- migration contenttypes 0002_remove_content_type_name 7d36494075750f0ed3c0f68d0cb1548eba59cc593f52f691f6cc37a043083766
-- migration auth 0001_initial 845cff319606332f49ef20ce165d1a17e522c426c5e56d7616133e9e4eaba5ef
-- migration auth 0002_alter_permission_name_max_length feaf97e0e8f7d148bec3db9bab2349c5e15888117c1ff2829deff63ef9e16cff
-- migration auth 0003_alter_user_email_max_length 9d5657b4db9872dc26c2d634c2f5911a3d69ab1d8552af4c6d633bc4001dfabf
-- migration auth 0004_alter_user_username_opts 9538db342c9a9bec4ca12b3137fb80772c4ea4afb861e8647a2962b1ea58344a
-- migration auth 0005_alter_user_last_login_null 79f60a35dc000fdd427bc05c85233ae5b9c4ada078ff0688fc9f78604bf7eaee
-- migration auth 0006_require_contenttypes_0002 00cb16e3405f14b62dbeffa15c68c9030291e4ddd513d733648ba460d6c5e781
-- migration auth 0007_alter_validators_add_error_messages 115db87dc327530fb5e1964ba3d03f9746492f90600406947be39f54f6cc042f
-- migration auth 0008_alter_user_username_max_length 02857f65f7d648147a5d12596b200a83e29145391d3f986ceb84b3b865a2c351
-- migration auth 0009_alter_user_last_name_max_length 19a89500e7f108a7397da9b1733181f92105f758663b3685b60f5c2da384d76e
-- migration auth 0010_alter_group_name_max_length 0963ed6498ac0b3a8430b6ca34c1b4a4b1d5f55b43d3db902f15a03ff74b14cd
-- migration auth 0011_update_proxy_permissions 85a5dde708dc4b6111e1bc71ce723ecfba7b1f8aedecfd130900ff7782765436
-- migration auth 0012_alter_user_first_name_max_length 6cefbc9f80903763ff8492a537a22836ef69f2227e19d402509b8099d2baecb0
-- migration search 0001_documents 11b53a298388834a9f88b4c5f15827305c47d23f0d66a5f4c6f876d71d859abf
-- migration search 0002_gin_index faaa115ab6852af4d0fd5a6e301d915aa9044e0dc28440af152b16bc0064cb8a
-- migration search 0003_access_keys ff1763f65b573fa8b1c64f9eb782b98b76021a9083a9a81f0b1757be780572c5
-- migration search 0004_words_whatever_their_accents 96fcd614d75a2a4a2e60ff8d4b747a50c8015023607fc890edfbb04b6bd2b2a2
-- migration accounts 0001_initial 55302ccf38f0ed1aab5ba861f1b826ddac586197137460170572f32f5d26ef25
-- migration programmes 0001_initial 8d29a8ce8454cc81e079b8ea05807e8bbcc4202a479ace0bf53b7bb8a59d5692
-- migration programmes 0002_stimulustag_project_narrative_and_more d52993f7083d7d61f8caf6f0ddb3e7d110dbeea371ffafa772e3f13939282518
-- migration programmes 0003_blank_authors 2343d01798fc01389c554b720907287eb6a8bac6571d19f6433efe938543d2d3
-- migration fieldtrials 0001_initial dea7108a1c4b5a1b6eec06736be3db3b2d952a93c794e073e849c5bf510751d6
-- migration fieldtrials 0002_option_and_draft_lead 42e7084b2e04efe884dbce58e9da4ad464ee8b867a378ec433ccb4a7bd0d7da9
-- migration fieldtrials 0003_trial_records a5788878e6a660c0226283abc700c54203639e945209700abc12309a96106cb6
-- migration fieldtrials 0004_resource_domains 61cebab7da159e328193957c06fa139430ca2288bc6adeb483749a8d6df5ef04
-- migration django_celery_beat 0001_initial 6bf1c79ac9f7241191a5adad79b7a85e9841794d194009a0eb3d2fe038f27c3f
-- migration django_celery_beat 0002_auto_20161118_0346 154389d3ccb333f7ff38eb952d7f9f4aa00ab9a380d35849773af014a1b3ec69
-- migration django_celery_beat 0003_auto_20161209_0049 32067fe2ba680cdc885347d8403c0fdfdb792c5591a37eb18b7cb89a32b1811e
-- migration django_celery_beat 0004_auto_20170221_0000 2b4837d8d3378c9d3eb38ec314f9064a4e5c0ef6780e4f36ebdf00db6281c67b
-- migration django_celery_beat 0005_add_solarschedule_events_choices dc5500d12d7a22a5a182932d1655d5f5bb2846c89cc394c8b62cae96c7768f38
-- migration django_celery_beat 0006_auto_20180322_0932 3a832dc94d46e6fac9a9fec3255d068ee3ca6a6929c899ab737d2f63b9f1f352
-- migration django_celery_beat 0007_auto_20180521_0826 47d34e3e0065f630dcb7ef0d7c4ba1d22577f52b4ecc1a87c570d6656d077d5d
-- migration django_celery_beat 0008_auto_20180914_1922 ed4cfd1370ac4c68e8c00aff6a2f100fa8f7d1ac083a3a0907a52b431ee32e91
-- migration django_celery_beat 0006_auto_20180210_1226 f73a88c5f2d0f44d760a1de67d713df58aa7af7aa03d949d71b9d34530ab07c8
-- migration django_celery_beat 0006_periodictask_priority 0fb42c2b58e0a7fea12c9ec50e6c467f654dd50660fbcbd2160bd9b0bb235cd1
-- migration django_celery_beat 0009_periodictask_headers f7654b6a68f416ebfeae508432a1ed42565f40c215593955ce9e9f1f89008439
-- migration django_celery_beat 0010_auto_20190429_0326 e37c3d8caabfc28c5670e3ecf59cd488bbb243261979118ee9956144b9530753
-- migration django_celery_beat 0011_auto_20190508_0153 3e4d0864754283173b836463ae9dc7dacdca980ea75d752e17a4afb8d7e2d851
-- migration django_celery_beat 0012_periodictask_expire_seconds c1695524a50c7da872d3fd36f1a199cd19509882aada1b3cc718d6e95f5be3aa
-- migration django_celery_beat 0013_auto_20200609_0727 60b4333308aeff38c8144255a687824fa848dd24699ee9f3302b1a836d4db8b4
-- migration django_celery_beat 0014_remove_clockedschedule_enabled 7c99113b18570f8d0283df57c8282c1b14894960e82a5d66fb8f7e92654cd7ba
-- migration django_celery_beat 0015_edit_solarschedule_events_choices e44f7595f2a0dff495dd1acea1c900ab40e8acea097c00bb89d3274750cdecdf
-- migration django_celery_beat 0016_alter_crontabschedule_timezone dd8460a90fd07f435d5830637992e70c2889ceb58a32332f067a849dd7ac7582
-- migration django_celery_beat 0017_alter_crontabschedule_month_of_year 4c3b35ff38856598af05723c816bfb589e1270c5373311edf924172c2a67b18b
-- migration django_celery_beat 0018_improve_crontab_helptext cef998b28b992aa5d0775ed4f441b0203321afe64950ee7352e45147a30e3951
-- migration django_celery_beat 0019_alter_periodictasks_options 1b1a8ca535cb348c99b826d243b556e5c837b368b2189247fd1e6b9c07293ca6
-- migration fieldtrials 0005_daily_reminders_schedule ee68a6bc3a6b3b57dc5c8d7675f9d0b41dc29fa2201d9f45ab4be072e9c863ea
-- migration accounts 0002_notification_kinds_and_email_choices b20e155ca771199d6aa7eceb1adcf0f2da63dac2b45b6966e558d003e59963e3
-- migration accounts 0003_notification_emailed_at 65e962acb2edcafa60e98bdebf2923913e8cc1641c39775f0dab069a8c21ba53
-- migration accounts 0004_throttle_bucket c5f63adf6d55ba9b5824b24b2340c30ef229c0172e1bc4eb072103911dbe2fc6
-- migration accounts 0005_form_submission 90a77991c67116e5089a3d7956d749b71e0bc6b2f9a13a5a35c46c9723c54c2b
-- migration accounts 0006_invitation 61bbacc31e8550d9b23dacd43f2d14a88c272b94a1fd362aa988dde5e299b9ae
-- migration accounts 0007_organisation_name_prefix_index 71af4dcc7b66bfb73fbf9bf61973bb0ccaa3fab9b5a8ab7e9da04b2782ecd286
-- migration accounts 0008_event_scope 7e0df787d5b0e85c5dc6565bc50809251d529502b701a9aa874420b3c703df02
-- migration accounts 0009_event_scope_backfill a6484e210823ba9280bd61abe10c2ec27a61bdaf847de9fc79658dacb7fda8a6
-- migration accounts 0010_mention_notification_kind 2aae486eff8113341dc3283f8ad813636151d4c061b81a95b17acbfd5930ce73
-- migration accounts 0011_join_notification_kinds f7130250c29a50c744cff8844e2dd2792c9066cbb1577c24a58c6edb78848088
-- migration accounts 0012_invitation_name fd51ef9d31c3928eacac5d658a3eca5813e91674f9885b8752a180d9d44a7e1b
-- migration accounts 0013_urn_taken_in_plain_words af15edbf21c5b952cc880c17941425601ea4e3c8a1b0e47317c72ab8860ef09d
-- migration accounts 0014_replaced_invitation_links 9316e075b0ae3b46a66fb21b32bb45099bbc2f6060402bc5720cc4bcd53ac680
-- migration accounts 0015_membership_notification_words d08c4aef3b2fa1fa7ff1c85c48dd0cde7ee5798f5f54a78a156c984d851c826d
-- migration accounts 0016_update_notifications 735c57a0fa18cd21171687b7e0b61e3791719149cde56c68e9a4a452740bed09
-- migration accounts 0017_monthly_report_notifications 8c7edaf926bbefc4606c40be8dfbcd138e403a2a4d44a5048e33a5a15d493a9c
-- migration accounts 0018_urn_digits_0_to_9 32782f20990f9a44eccc16e5888ae85fa1b34f29b3146e3f8ba846253df84b85
-- migration accounts 0019_import_notifications 8af3c79201ff1971f8ae7960a97202fdbd5408fe4810a6a02e4a5e6bd03f13e1
-- migration accounts 0020_organisation_unaccented_name_index 868c4ed63646ea469453ff42ae40544e8bdb2f1f3ac24509579c2bb4fb4199b8
-- migration accounts 0021_invitation_email_failure ddbaf18ecb6333d245d3026457552bfb6fd2fdd6025f86a94e4764b1c3cef363
-- migration accounts 0022_community_ended_notification_kind 0c42a171d81a068120835318c157aecbc2c7d658cb47579bf782234f4aa00225
-- migration accounts 0023_user_email_unique_ignoring_case 68f28efc276deecd15c369e1a0eeba29201ad84538894b1340441fb30a936428
-- migration accounts 0024_update_withdrawn_or_restored_notification_kind 5d69e5909690fc4d40aa7edefb1e20c81214adfb3d7de00a43a80494eaa813f6
-- migration accounts 0025_replaced_invitation_link_email_outcome 86dacd50bec074a05a3cf18e1e9f211fc0c1270228397992d59e9882378064b1
-- migration accounts 0026_user_erased_at f0ab9d9eb81552e951b67224385d43011a0c770612654f462914e8a9e013c844
-- migration accounts 0027_support_asked_notification_kind 4b46f3fbbc89ad357e24abcba171283af1d6e1cd1976cb4715943d631716c7e3
-- migration accounts 0028_user_erased_stays_off fd984cc6f972d760365ae529a2292e072acc734cd8e8652d4bd00c1ad0ba66bb
-- migration admin 0001_initial f4716989d9815b6231f0d7291754835e008c96818447fe57984bbf8985883335
-- migration admin 0002_logentry_remove_auto_add 2c127e659a2236edea0ed57eccd38786ae84e365790a80b96b758c617f50be43
-- migration admin 0003_logentry_add_action_flag_choices 02700a827190720e5c417495a395071b6baa28a34e74bc8f90824afaafc01841
-- migration axes 0001_initial e4c0194cf158395b362677070de9973e806e51e80f111c046a2e195c764f65f4
-- migration axes 0002_auto_20151217_2044 a092989bdd502de76bbc53afb8418b3482f4cb802e9151c01e30a1231de0c46a
-- migration axes 0003_auto_20160322_0929 ff269df1341caca019962131955d57f3d2ba21d38a9b149dc84b3481f97293c2
-- migration axes 0004_auto_20181024_1538 71cdafbe7458c7725f77a4fd28d29a567a2dce2b98f0cba08f6928687b3354f1
-- migration axes 0005_remove_accessattempt_trusted baf3f5f6de5b5ee821cbb1fe23557937372f84081e799ea85e92f0223d5fc70e
-- migration axes 0006_remove_accesslog_trusted 82850f25ae37e081d3be61df28489de717cc1c6674a8492cf4b8eff35bf865da
-- migration axes 0007_alter_accessattempt_unique_together c9fdd81629030721468cf6178495dc2476b648c8d9ed7c6047a8a57357a8f494
-- migration axes 0008_accessfailurelog 2680dce9ecfcd4dfc2482a61de1ab9b27f6906d78ac6af8c4bbf76466444fb24
-- migration axes 0009_add_session_hash 82762be269ea4c62b81b84bed984d082b1e2f416a8bfb6c112c36bc432d182db
-- migration axes 0010_accessattemptexpiration 524ca5b4566a41b88b220e88c8213052a4378478065a4c7e4c8738672814557d
-- migration fieldtrials 0006_records_kit 9ef5df288ca957ee23e982cdd372f60b49ba06328e11b53ebb818bec11ac134f
-- migration fieldtrials 0007_monthly_update_read 30c15b0de210cc7b6a163f4b506384665ee5d5b7f480680ffde7b198f130e511
-- migration fieldtrials 0008_kept_trial_records db9708fb9623481c68902d5f6023aef91818827122aec420663c0c2a4028d389
-- migration communities 0001_initial 06bd849214f8b44b185271e4d2c7d21559aac1691f69643383d155782853a832
-- migration communities 0002_page_versions_from_one 8f65a043fe01651cc264a9f0de89c1b5047c67022dcd9a5c2e9aa0aa30886b83
-- migration communities 0003_join_request_withdrawn_and_left_at 5f812ed7cac82b7fbdb0e2c8fe1333696cd5526e5848a239824bdbfdd925e9b9
-- migration communities 0004_join_request_removed_and_closed 793f0394a8530f44c678211a90613b221cd74069d7ef1325c87ad2dc91a86813
-- migration directory 0001_organisation_import ecf4995bce3e4abf3b73fe00ecb5c0f9ebd6d45f5c97d0ada5781bb3dbbe0aa2
-- migration directory 0002_stale_import_sweep f0306bc5c65d1b4141830c268b82f1a1ae09d8d46365381adcca29c1cf4b231e
-- migration directory 0003_people_import 182bd51940e1355a8f875ec49b840128be479370988bee2a164cdfe26889d5d8
-- migration fieldtrials 0009_kept_updates_and_pti 95782c71c597cb9f70e49aa764642c6499f1da05d56dde01d7bcc8dba6d764ac
-- migration fieldtrials 0010_offer_in_the_seeds_words 43c67018ba5efa359336c4b847c231252f80a02992b27a19789993b4933a14e0
-- migration fieldtrials 0011_kept_community_meetings e280cd31872690bd36fdb18e6bd1d68323ed4791fa5c72c6553c8e7da797131d
-- migration fieldtrials 0012_pti_events_kind 6c9b24345ea2a1ad0ce18811f135d008bb7acd974c0caae33938539e06c39f52
-- migration fieldtrials 0013_update_rating_in_plain_words 7fdbf090a2094a8ab2181bab9e1e135281f756e125756ac08c90ae6b6245be25
-- migration fieldtrials 0014_risk_status_open_or_closed ec9870dcf90ac584294297a3729c9f1e0b7e78ca2f4776607539279937dd8a04
-- migration fieldtrials 0015_milestone_and_open_risk_once 6a266a15715c5d3ab59e83ed4fea03b3566382135a8e7efe97c1441c2449a173
-- migration programmes 0004_records_kit 2bbca032773dd1751dd2c94999c5e8359d0b6b87ecbfa7f2dcdffadad7524679
-- migration programmes 0005_versioned_details 7250e4bf1ec97d6459c413d0c5b4239f5fdb633cfb4aa9905efc0867d37010e4
-- migration programmes 0006_kept_stimuli_plural fbe398afeaf6ca284f1f63270d76ea1eba31c80716bcc213457dead4a20a1868
-- migration programmes 0007_kept_workshops 1bd9b3bba8b88c7562b426717754a49d7b23da2e8867773c5213091d27472915
-- migration programmes 0008_option_title_once_current be241455515b23c2ff35e1fc00f13a01aeae55191ae55d25ff95e09621c817ca
-- migration discussions 0001_initial 3ce39b6c364111f1e55bc7593b0eb6e180dd1962c14dadf5312d91dc1b912256
-- migration discussions 0002_threads_everywhere 151e563bca6efb046b8e6a95f0073b518902fa55225a3d8ccf13d736f5fa7d01
-- migration discussions 0003_thread_about_update a5326a8f464b61bb704fd881ca4674b17dfe2c22e1f2bd73d3d94787c9ff5f33
-- migration discussions 0004_post_removed_for_officers c5541445fb828378d6946015674d59e6d50703bb7af434fe3b4a7e08286b4c4e
-- migration discussions 0005_attachment_original_name dd01a99faf59c0810840c2a7ea483d240debd6714beb8f6ed062a29d9554032d
-- migration evaluation 0001_initial 0b2bd68280ca9b98bdae12ebb731f9c6b3e9a80051ed731808fd34d9e5d9cd15
-- migration evaluation 0002_objective_agreed_in_need 12070d3fc8568f485696279a75060da9ca6d977a39c7160eac2a6f6e640244c4
-- migration evaluation 0003_kept_records 771a57656d49a003c2fcf18c180ec29072db1520738b1394826ef6ff21923253
-- migration evaluation 0004_names_once_current ee16d6b35712e8d5f0be22a30d06404a666d5d585723fc1d207c4d0b2a367eb9
-- migration evaluation 0005_indicators_of_a_trial 9abd967cb08b6df2f5eeb9257cf3a5840adc4b615158948183fd93cfb2309add
-- migration evaluation 0006_plain_constraint_messages e98b7e2d87b2ee26ec614bc4a7ccd47ac9a388897a8bdf65167fd89965cb025f
-- migration evaluation 0007_indicator_name_message 6ef0b1dc12d97f3ec875cc42edf64ebe1e23e74629621a290e91e39784f90613
-- migration evaluation 0008_theme_once_whatever_the_case 1b34f011ea5f23c780576db5484337358e986e98c05c6f4e7ef278fab0d4e2d2
-- migration evaluation 0009_measurements_twice_a_day_withdrawn 0c29a9dbbbdfbef7355f6046043150c09dd1a79f5aefd4f3ee7b307fa25f49f9
-- migration evaluation 0010_measurement_once_a_day 433e17a436ef8066143c7dde1ef73bf49a8acc52545dd0693bbe65c4d0a726c1
-- migration fieldtrials 0016_risk_open_once_whatever_its_capitals 9f8ad8119189bfbde6ad3f56e063fd5706d546d35937e540a78042f487d99998
-- migration fieldtrials 0017_milestone_once_a_day_whatever_its_capitals 7f2ca83bbeaa191f6c41b2c34ad9cdff24e23bcd96de8d0d56216d693062260f
-- migration fieldtrials 0018_pti_keeps_the_state_it_was_withdrawn_from 83211894e024dea8e34d2b6e92923882d8eb091ade233b3cc3e8b65b818dd36b
-- migration following 0001_initial 2442d418cca5ca1cd572803f368451927584c56dfb529cec6b0cf2cbc9530168
-- migration following 0002_digest_schedule fe3d5740d9747270ea9ceacab7005d14523ac0c87bb5739276098f239848c717
-- migration programmes 0009_promise_tests_in_the_seeds_words d34c1b623a01e87ca703e3cf4e04eaa0274eb74e784bdfc418b6026fca462b58
-- migration programmes 0010_plain_constraint_messages 9b53788d4c62470eb315b26ceee86f7a22f01638107a49cdaed2fbedcb9fff46
-- migration programmes 0011_datasource_link_or_file_or_neither 244508517e27f749776112c818d0dd3d171c09182b595f61ba400ba2e73452c1
-- migration programmes 0012_project_closed cb2396226eed282fe3860acb56861e9692dc932bd1d40324efa3635bd9b588f7
-- migration programmes 0013_project_withdrawn 915d38b2934aecf1c2e1235ac8b7f4a11249f99676a0f06c70b3745a1f5de14e
-- migration programmes 0014_project_title_once_current 5e25c5f714a2b0dec6a4b789a4d8e8f9df8966bf4d24e3c6a3e34d672a6bfc17
-- migration programmes 0015_datasource_original_name 3b53c839639a3013f822060a852fa415dca57006e06cadab5470ffc5024cce92
-- migration reports 0001_initial cd4638f7079536aa08c2fa81fd5bc5376a63b2fd7867716540070beb68ec3b2d
-- migration reports 0002_monthly_schedule b21e06f1da3f35494278edb80006cd7a38e5b4d5b59168686bb495fcdbbd8c83
-- migration reports 0003_pending_once_and_claim 15c40acf23aa0b75b8371672b8495a9b1158749bda5798c73b0ac725674403e5
-- migration reports 0004_stale_report_sweep 71b62d8e5564183eda28852ef0ac7888b8e321c9ee29d8b0dfd4c31162450ce4
-- migration reports 0005_planner_random_page_cost 8c3f17563ea8b13c6b703b401e054d166112dc3d56101386d94337a98ed4b451
-- migration reports 0006_housekeeping ab02748077a1c1cded252fcd5062564d9e8cc3e9842eee589583047285e8e7c8
-- migration reports 0007_monthly_report_opt_out 772ccbbf161122d05967857ad2d4998e4483ffa9d0acc1f97a78b2e956dd4614
-- migration reports 0008_report_covers_and_page 463bf7501d438b13da78ab44ba4250c3a5f173f8e8d2ce105aec44738585868d
-- migration reports 0009_pending_once_per_period 94ca5d4669e6b2c5f144f55b4de8e879ffd67c684062a86f60b7c740f511cb4a
-- migration reports 0010_monthly_report_notifications 4372cb4d87461d20d8e0bfdda8bdeac8e1bd8074dfdbda65433ff7571b24fd6f
-- migration reports 0011_report_not_made 09ddbd14822902a525d1901f3f90b5376e90d76be9f6f1fb6c60cd6145690e74
-- migration reports 0012_report_withdrawn 8fd8aa8518ccab6dd1c70eb98ba77bdf2922a156805d85b71551cf264da57786
-- migration reports 0013_sign_in_records_period bab816bf9f4726b19777e2dfdb82ae9dedb2a19ddbd9035c5486bccffa38a155
-- migration reports 0014_report_remade_without_erased_names 8679bab06b3b00df01dfe23389b6f6bc0509204c01b760119f3451a039df3a74
-- migration sessions 0001_initial 2aa438e2393ee5135c4dda94bfde65fd49e8300f1c3f93bed25ae3a09f2f69b9
-- migration toolkit 0001_initial 81c59343062968fe9a8bfa3a6616a9e3af6554a614d2bd451e6e63e0dfbc1ecd
-- migration toolkit 0002_versions_answers de32b596938dd31c655cfe065fe3ab469d404e4fa55656942c44f9282abb2213
-- migration toolkit 0003_participation_invitation_emailed_at 2756125607310a030a0babf5784037bc500b20d22c32e9eeef1576a7e738f1a6
-- migration toolkit 0004_exercise_local_authority 6cc97d1b1c9257e4cef80a3af29df2f32f29137002a7428fcc4d56cbeb762f28
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;


--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION unaccent IS 'text search dictionary that removes accents';


--
-- Name: np_unaccent(text); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.np_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $_$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $_$;


--
-- Name: np_english; Type: TEXT SEARCH CONFIGURATION; Schema: public; Owner: -
--

CREATE TEXT SEARCH CONFIGURATION public.np_english (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR asciiword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR word WITH public.unaccent, english_stem;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR hword_part WITH public.unaccent, english_stem;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR hword_asciipart WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR asciihword WITH english_stem;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR hword WITH public.unaccent, english_stem;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.np_english
    ADD MAPPING FOR uint WITH simple;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: accounts_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_event (
    id bigint NOT NULL,
    verb character varying(100) NOT NULL,
    target_id bigint NOT NULL,
    data jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    actor_id bigint,
    target_type_id integer NOT NULL,
    field_trial_id bigint,
    programme_id bigint,
    project_id bigint,
    target_name character varying(200) NOT NULL,
    CONSTRAINT accounts_event_target_id_check CHECK ((target_id >= 0))
);


--
-- Name: accounts_event_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_event ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_formsubmission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_formsubmission (
    id bigint NOT NULL,
    token character varying(64) NOT NULL,
    path character varying(300) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    done boolean NOT NULL,
    went_to character varying(300) NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: accounts_formsubmission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_formsubmission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_formsubmission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_invitation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_invitation (
    id bigint NOT NULL,
    email character varying(254) NOT NULL,
    role character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    token_hash character varying(64) NOT NULL,
    state character varying(20) NOT NULL,
    accepted_at timestamp with time zone,
    withdrawn_at timestamp with time zone,
    emailed_at timestamp with time zone,
    accepted_by_id bigint,
    field_trial_id bigint,
    invited_by_id bigint,
    organisation_id bigint,
    programme_id bigint,
    project_id bigint,
    full_name character varying(150) NOT NULL,
    email_failed_at timestamp with time zone,
    email_failure character varying(20) NOT NULL,
    CONSTRAINT invitation_has_one_target CHECK ((((field_trial_id IS NULL) AND (programme_id IS NOT NULL) AND (project_id IS NULL)) OR ((field_trial_id IS NULL) AND (programme_id IS NULL) AND (project_id IS NOT NULL)) OR ((field_trial_id IS NOT NULL) AND (programme_id IS NULL) AND (project_id IS NULL))))
);


--
-- Name: accounts_invitation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_invitation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_invitation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_notification; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_notification (
    id bigint NOT NULL,
    kind character varying(50) NOT NULL,
    message character varying(500) NOT NULL,
    url character varying(300) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    recipient_id bigint NOT NULL,
    key character varying(100) NOT NULL,
    emailed_at timestamp with time zone
);


--
-- Name: accounts_notification_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_notification ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_notification_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_organisation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_organisation (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    kind character varying(30) NOT NULL,
    urn character varying(7) NOT NULL,
    local_authority_id bigint
);


--
-- Name: accounts_organisation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_organisation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_organisation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_replacedinvitationlink; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_replacedinvitationlink (
    id bigint NOT NULL,
    token_hash character varying(64) NOT NULL,
    replaced_at timestamp with time zone NOT NULL,
    invitation_id bigint NOT NULL,
    email_failed_at timestamp with time zone,
    emailed_at timestamp with time zone
);


--
-- Name: accounts_replacedinvitationlink_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_replacedinvitationlink ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_replacedinvitationlink_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_throttlebucket; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_throttlebucket (
    id bigint NOT NULL,
    scope character varying(50) NOT NULL,
    key_hash character varying(64) NOT NULL,
    times jsonb NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: accounts_throttlebucket_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_throttlebucket ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_throttlebucket_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_user (
    id bigint NOT NULL,
    password character varying(128) NOT NULL,
    last_login timestamp with time zone,
    is_superuser boolean NOT NULL,
    email character varying(254) NOT NULL,
    full_name character varying(150) NOT NULL,
    job_title character varying(150) NOT NULL,
    is_staff boolean NOT NULL,
    is_active boolean NOT NULL,
    date_joined timestamp with time zone NOT NULL,
    organisation_id bigint,
    email_muted_kinds jsonb NOT NULL,
    erased_at timestamp with time zone,
    CONSTRAINT accounts_user_erased_stays_off CHECK (((erased_at IS NULL) OR (NOT is_active)))
);


--
-- Name: accounts_user_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_user_groups (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    group_id integer NOT NULL
);


--
-- Name: accounts_user_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_user_groups ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_user_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_user ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: accounts_user_user_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.accounts_user_user_permissions (
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: accounts_user_user_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.accounts_user_user_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.accounts_user_user_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group (
    id integer NOT NULL,
    name character varying(150) NOT NULL
);


--
-- Name: auth_group_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_group_permissions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_group_permissions (
    id bigint NOT NULL,
    group_id integer NOT NULL,
    permission_id integer NOT NULL
);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_group_permissions ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_group_permissions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: auth_permission; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_permission (
    id integer NOT NULL,
    name character varying(255) NOT NULL,
    content_type_id integer NOT NULL,
    codename character varying(100) NOT NULL
);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.auth_permission ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.auth_permission_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattempt (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    get_data text NOT NULL,
    post_data text NOT NULL,
    failures_since_start integer NOT NULL,
    CONSTRAINT axes_accessattempt_failures_since_start_check CHECK ((failures_since_start >= 0))
);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessattempt ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessattempt_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accessattemptexpiration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessattemptexpiration (
    access_attempt_id integer NOT NULL,
    expires_at timestamp with time zone NOT NULL
);


--
-- Name: axes_accessfailurelog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accessfailurelog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    locked_out boolean NOT NULL
);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accessfailurelog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accessfailurelog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: axes_accesslog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.axes_accesslog (
    id integer NOT NULL,
    user_agent character varying(255) NOT NULL,
    ip_address inet,
    username character varying(255),
    http_accept character varying(1025) NOT NULL,
    path_info character varying(255) NOT NULL,
    attempt_time timestamp with time zone NOT NULL,
    logout_time timestamp with time zone,
    session_hash character varying(64) NOT NULL
);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.axes_accesslog ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.axes_accesslog_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: communities_communityspace; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.communities_communityspace (
    id bigint NOT NULL,
    version integer NOT NULL,
    changed_at timestamp with time zone,
    open_to_others boolean NOT NULL,
    text text NOT NULL,
    changed_by_id bigint,
    community_id bigint NOT NULL,
    CONSTRAINT communities_communityspace_version_check CHECK ((version >= 0))
);


--
-- Name: communities_communityspace_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.communities_communityspace ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.communities_communityspace_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: communities_joinrequest; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.communities_joinrequest (
    id bigint NOT NULL,
    message text NOT NULL,
    status character varying(10) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    decided_at timestamp with time zone,
    community_id bigint NOT NULL,
    decided_by_id bigint,
    user_id bigint NOT NULL,
    left_at timestamp with time zone
);


--
-- Name: communities_joinrequest_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.communities_joinrequest ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.communities_joinrequest_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: communities_pagerevision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.communities_pagerevision (
    id bigint NOT NULL,
    version integer NOT NULL,
    text text NOT NULL,
    edited_at timestamp with time zone NOT NULL,
    note character varying(200) NOT NULL,
    edited_by_id bigint,
    space_id bigint NOT NULL,
    CONSTRAINT communities_pagerevision_version_check CHECK ((version >= 0))
);


--
-- Name: communities_pagerevision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.communities_pagerevision ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.communities_pagerevision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: directory_organisationimport; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.directory_organisationimport (
    id bigint NOT NULL,
    file character varying(300) NOT NULL,
    original_name character varying(255) NOT NULL,
    requested_at timestamp with time zone NOT NULL,
    state character varying(20) NOT NULL,
    counts jsonb NOT NULL,
    problems jsonb NOT NULL,
    problem_count integer NOT NULL,
    changes jsonb NOT NULL,
    failure_message character varying(500) NOT NULL,
    started_at timestamp with time zone,
    previewed_at timestamp with time zone,
    confirmed_at timestamp with time zone,
    import_started_at timestamp with time zone,
    finished_at timestamp with time zone,
    confirmed_by_id bigint,
    requested_by_id bigint,
    CONSTRAINT directory_organisationimport_problem_count_check CHECK ((problem_count >= 0))
);


--
-- Name: directory_organisationimport_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.directory_organisationimport ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.directory_organisationimport_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: directory_peopleimport; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.directory_peopleimport (
    id bigint NOT NULL,
    file character varying(300) NOT NULL,
    original_name character varying(255) NOT NULL,
    requested_at timestamp with time zone NOT NULL,
    state character varying(20) NOT NULL,
    counts jsonb NOT NULL,
    problems jsonb NOT NULL,
    problem_count integer NOT NULL,
    failure_message character varying(500) NOT NULL,
    started_at timestamp with time zone,
    previewed_at timestamp with time zone,
    confirmed_at timestamp with time zone,
    import_started_at timestamp with time zone,
    finished_at timestamp with time zone,
    confirmed_by_id bigint,
    programme_id bigint NOT NULL,
    requested_by_id bigint,
    CONSTRAINT directory_peopleimport_problem_count_check CHECK ((problem_count >= 0))
);


--
-- Name: directory_peopleimport_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.directory_peopleimport ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.directory_peopleimport_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: discussions_attachment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.discussions_attachment (
    id bigint NOT NULL,
    file character varying(300) NOT NULL,
    file_type character varying(100) NOT NULL,
    size integer NOT NULL,
    post_id bigint NOT NULL,
    original_name character varying(255) NOT NULL,
    CONSTRAINT discussions_attachment_size_check CHECK ((size >= 0))
);


--
-- Name: discussions_attachment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.discussions_attachment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.discussions_attachment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: discussions_post; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.discussions_post (
    id bigint NOT NULL,
    version integer NOT NULL,
    changed_at timestamp with time zone,
    withdrawn_at timestamp with time zone,
    withdrawn_reason text NOT NULL,
    body text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    author_id bigint,
    changed_by_id bigint,
    withdrawn_by_id bigint,
    thread_id bigint NOT NULL,
    CONSTRAINT discussions_post_version_check CHECK ((version >= 0))
);


--
-- Name: discussions_post_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.discussions_post ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.discussions_post_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: discussions_postrevision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.discussions_postrevision (
    id bigint NOT NULL,
    version integer NOT NULL,
    body text NOT NULL,
    written_at timestamp with time zone NOT NULL,
    replaced_at timestamp with time zone NOT NULL,
    post_id bigint NOT NULL,
    replaced_by_id bigint,
    CONSTRAINT discussions_postrevision_version_check CHECK ((version >= 0))
);


--
-- Name: discussions_postrevision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.discussions_postrevision ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.discussions_postrevision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: discussions_thread; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.discussions_thread (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    officers_only boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_posted_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    field_trial_id bigint,
    community_id bigint,
    option_id bigint,
    project_id bigint,
    monthly_update_id bigint,
    CONSTRAINT discussions_thread_one_subject CHECK ((((field_trial_id IS NOT NULL) AND (project_id IS NULL) AND (option_id IS NULL) AND (community_id IS NULL)) OR ((project_id IS NOT NULL) AND (field_trial_id IS NULL) AND (option_id IS NULL) AND (community_id IS NULL)) OR ((option_id IS NOT NULL) AND (field_trial_id IS NULL) AND (project_id IS NULL) AND (community_id IS NULL)) OR ((community_id IS NOT NULL) AND (field_trial_id IS NULL) AND (project_id IS NULL) AND (option_id IS NULL))))
);


--
-- Name: discussions_thread_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.discussions_thread ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.discussions_thread_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_admin_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_admin_log (
    id integer NOT NULL,
    action_time timestamp with time zone NOT NULL,
    object_id text,
    object_repr character varying(200) NOT NULL,
    action_flag smallint NOT NULL,
    change_message text NOT NULL,
    content_type_id integer,
    user_id bigint NOT NULL,
    CONSTRAINT django_admin_log_action_flag_check CHECK ((action_flag >= 0))
);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_admin_log ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_admin_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_celery_beat_clockedschedule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_clockedschedule (
    id integer NOT NULL,
    clocked_time timestamp with time zone NOT NULL
);


--
-- Name: django_celery_beat_clockedschedule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_celery_beat_clockedschedule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_celery_beat_clockedschedule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_celery_beat_crontabschedule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_crontabschedule (
    id integer NOT NULL,
    minute character varying(240) NOT NULL,
    hour character varying(96) NOT NULL,
    day_of_week character varying(64) NOT NULL,
    day_of_month character varying(124) NOT NULL,
    month_of_year character varying(64) NOT NULL,
    timezone character varying(63) NOT NULL
);


--
-- Name: django_celery_beat_crontabschedule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_celery_beat_crontabschedule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_celery_beat_crontabschedule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_celery_beat_intervalschedule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_intervalschedule (
    id integer NOT NULL,
    every integer NOT NULL,
    period character varying(24) NOT NULL
);


--
-- Name: django_celery_beat_intervalschedule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_celery_beat_intervalschedule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_celery_beat_intervalschedule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_celery_beat_periodictask; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_periodictask (
    id integer NOT NULL,
    name character varying(200) NOT NULL,
    task character varying(200) NOT NULL,
    args text NOT NULL,
    kwargs text NOT NULL,
    queue character varying(200),
    exchange character varying(200),
    routing_key character varying(200),
    expires timestamp with time zone,
    enabled boolean NOT NULL,
    last_run_at timestamp with time zone,
    total_run_count integer NOT NULL,
    date_changed timestamp with time zone NOT NULL,
    description text NOT NULL,
    crontab_id integer,
    interval_id integer,
    solar_id integer,
    one_off boolean NOT NULL,
    start_time timestamp with time zone,
    priority integer,
    headers text NOT NULL,
    clocked_id integer,
    expire_seconds integer,
    CONSTRAINT django_celery_beat_periodictask_expire_seconds_check CHECK ((expire_seconds >= 0)),
    CONSTRAINT django_celery_beat_periodictask_priority_check CHECK ((priority >= 0)),
    CONSTRAINT django_celery_beat_periodictask_total_run_count_check CHECK ((total_run_count >= 0))
);


--
-- Name: django_celery_beat_periodictask_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_celery_beat_periodictask ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_celery_beat_periodictask_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_celery_beat_periodictasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_periodictasks (
    ident smallint NOT NULL,
    last_update timestamp with time zone NOT NULL
);


--
-- Name: django_celery_beat_solarschedule; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_celery_beat_solarschedule (
    id integer NOT NULL,
    event character varying(24) NOT NULL,
    latitude numeric(9,6) NOT NULL,
    longitude numeric(9,6) NOT NULL
);


--
-- Name: django_celery_beat_solarschedule_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_celery_beat_solarschedule ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_celery_beat_solarschedule_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_content_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_content_type (
    id integer NOT NULL,
    app_label character varying(100) NOT NULL,
    model character varying(100) NOT NULL
);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_content_type ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_content_type_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_migrations (
    id bigint NOT NULL,
    app character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    applied timestamp with time zone NOT NULL
);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.django_migrations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.django_migrations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: django_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.django_session (
    session_key character varying(40) NOT NULL,
    session_data text NOT NULL,
    expire_date timestamp with time zone NOT NULL
);


--
-- Name: evaluation_boarddecision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_boarddecision (
    id bigint NOT NULL,
    text text NOT NULL,
    meeting_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_boarddecision_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_boarddecision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_boarddecision ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_boarddecision_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_boardmeeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_boardmeeting (
    id bigint NOT NULL,
    held_on date NOT NULL,
    notes text NOT NULL,
    board_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_boardmeeting_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_boardmeeting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_boardmeeting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_boardmeeting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_boardmember; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_boardmember (
    id bigint NOT NULL,
    representative character varying(200) NOT NULL,
    role character varying(200) NOT NULL,
    organisation_id bigint NOT NULL,
    board_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_boardmember_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_boardmember_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_boardmember ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_boardmember_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_casestudy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_casestudy (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    summary text NOT NULL,
    url character varying(500) NOT NULL,
    published_on date,
    created_at timestamp with time zone NOT NULL,
    field_trial_id bigint,
    programme_id bigint,
    project_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_casestudy_one_subject CHECK ((((programme_id IS NOT NULL) AND (project_id IS NULL) AND (field_trial_id IS NULL)) OR ((project_id IS NOT NULL) AND (programme_id IS NULL) AND (field_trial_id IS NULL)) OR ((field_trial_id IS NOT NULL) AND (programme_id IS NULL) AND (project_id IS NULL)))),
    CONSTRAINT evaluation_casestudy_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_casestudy_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_casestudy ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_casestudy_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_evaluationplan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_evaluationplan (
    id bigint NOT NULL,
    co_designed_with text NOT NULL,
    summary text NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    field_trial_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    CONSTRAINT evaluation_evaluationplan_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_evaluationplan_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_evaluationplan ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_evaluationplan_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_evaluationquestion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_evaluationquestion (
    id bigint NOT NULL,
    question text NOT NULL,
    methods text NOT NULL,
    who_collects text NOT NULL,
    "when" character varying(200) NOT NULL,
    plan_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_evaluationquestion_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_evaluationquestion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_evaluationquestion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_evaluationquestion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_highlightreport; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_highlightreport (
    id bigint NOT NULL,
    month date NOT NULL,
    text text NOT NULL,
    rag character varying(5) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    author_id bigint,
    programme_id bigint,
    project_id bigint,
    group_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_highlightreport_one_subject CHECK ((((programme_id IS NOT NULL) AND (project_id IS NULL)) OR ((project_id IS NOT NULL) AND (programme_id IS NULL)))),
    CONSTRAINT evaluation_highlightreport_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_highlightreport_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_highlightreport ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_highlightreport_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_historicalmeasurement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_historicalmeasurement (
    id bigint NOT NULL,
    measured_on date NOT NULL,
    value numeric(14,3) NOT NULL,
    unit character varying(100) NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    entered_by_id bigint,
    history_user_id bigint,
    indicator_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_historicalmeasurement_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_historicalmeasurement_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_historicalmeasurement ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_historicalmeasurement_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_historicalobjective; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_historicalobjective (
    id bigint NOT NULL,
    number smallint,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    created_by_id bigint,
    field_trial_id bigint,
    history_user_id bigint,
    programme_id bigint,
    project_id bigint,
    need_objective_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_historicalobjective_number_check CHECK ((number >= 0)),
    CONSTRAINT evaluation_historicalobjective_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_historicalobjective_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_historicalobjective ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_historicalobjective_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_historicalprogressentry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_historicalprogressentry (
    id bigint NOT NULL,
    recorded_on date NOT NULL,
    what text NOT NULL,
    status character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    history_user_id bigint,
    recorded_by_id bigint,
    group_id bigint,
    objective_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_historicalprogressentry_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_historicalprogressentry_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_historicalprogressentry ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_historicalprogressentry_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_independentevaluation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_independentevaluation (
    id bigint NOT NULL,
    evaluator character varying(300) NOT NULL,
    reported_on date,
    findings text NOT NULL,
    url character varying(500) NOT NULL,
    programme_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_independentevaluation_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_independentevaluation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_independentevaluation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_independentevaluation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_indicator; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_indicator (
    id bigint NOT NULL,
    strand character varying(30) NOT NULL,
    name character varying(300) NOT NULL,
    unit character varying(100) NOT NULL,
    direction character varying(10) NOT NULL,
    baseline_value numeric(14,3),
    baseline_date date,
    target_value numeric(14,3),
    target_date date,
    notes text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    field_trial_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_indicator_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_indicator_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_indicator ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_indicator_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_lesson; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_lesson (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    field_trial_id bigint,
    programme_id bigint,
    project_id bigint,
    recorded_by_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_lesson_one_subject CHECK ((((programme_id IS NOT NULL) AND (project_id IS NULL) AND (field_trial_id IS NULL)) OR ((project_id IS NOT NULL) AND (programme_id IS NULL) AND (field_trial_id IS NULL)) OR ((field_trial_id IS NOT NULL) AND (programme_id IS NULL) AND (project_id IS NULL)))),
    CONSTRAINT evaluation_lesson_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_lesson_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_lesson ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_lesson_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_lesson_themes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_lesson_themes (
    id bigint NOT NULL,
    lesson_id bigint NOT NULL,
    tag_id bigint NOT NULL
);


--
-- Name: evaluation_lesson_themes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_lesson_themes ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_lesson_themes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_localitygroup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_localitygroup (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    programme_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_localitygroup_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_localitygroup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_localitygroup ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_localitygroup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_measurement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_measurement (
    id bigint NOT NULL,
    measured_on date NOT NULL,
    value numeric(14,3) NOT NULL,
    unit character varying(100) NOT NULL,
    note text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    entered_by_id bigint,
    indicator_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_measurement_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_measurement_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_measurement ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_measurement_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_objective; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_objective (
    id bigint NOT NULL,
    number smallint,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    field_trial_id bigint,
    programme_id bigint,
    project_id bigint,
    need_objective_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_objective_need_of_project CHECK (((need_objective_id IS NULL) OR (project_id IS NOT NULL))),
    CONSTRAINT evaluation_objective_number_check CHECK ((number >= 0)),
    CONSTRAINT evaluation_objective_one_subject CHECK ((((programme_id IS NOT NULL) AND (project_id IS NULL) AND (field_trial_id IS NULL)) OR ((project_id IS NOT NULL) AND (programme_id IS NULL) AND (field_trial_id IS NULL)) OR ((field_trial_id IS NOT NULL) AND (programme_id IS NULL) AND (project_id IS NULL)))),
    CONSTRAINT evaluation_objective_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_objective_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_objective ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_objective_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_partnercontribution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_partnercontribution (
    id bigint NOT NULL,
    what text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    entered_by_id bigint,
    organisation_id bigint NOT NULL,
    programme_id bigint,
    project_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_partnercontribution_one_subject CHECK ((((programme_id IS NOT NULL) AND (project_id IS NULL)) OR ((project_id IS NOT NULL) AND (programme_id IS NULL)))),
    CONSTRAINT evaluation_partnercontribution_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_partnercontribution_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_partnercontribution ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_partnercontribution_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_partnershipboard; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_partnershipboard (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    purpose text NOT NULL,
    chair_id bigint,
    programme_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    CONSTRAINT evaluation_partnershipboard_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_partnershipboard_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_partnershipboard ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_partnershipboard_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_policyevidence; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_policyevidence (
    id bigint NOT NULL,
    review character varying(300) NOT NULL,
    given_on date,
    what text NOT NULL,
    given_by_id bigint,
    programme_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_policyevidence_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_policyevidence_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_policyevidence ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_policyevidence_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_progressentry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_progressentry (
    id bigint NOT NULL,
    recorded_on date NOT NULL,
    what text NOT NULL,
    status character varying(20) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    group_id bigint,
    objective_id bigint NOT NULL,
    recorded_by_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_progressentry_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_progressentry_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_progressentry ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_progressentry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_successcriterion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_successcriterion (
    id bigint NOT NULL,
    text text NOT NULL,
    measure text NOT NULL,
    programme_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_successcriterion_version_check CHECK ((version >= 0))
);


--
-- Name: evaluation_successcriterion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_successcriterion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_successcriterion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_tag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_tag (
    id bigint NOT NULL,
    name character varying(100) NOT NULL
);


--
-- Name: evaluation_tag_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_tag ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_tag_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: evaluation_takeup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluation_takeup (
    id bigint NOT NULL,
    taken_up_on date NOT NULL,
    how text NOT NULL,
    case_study_id bigint,
    lesson_id bigint,
    organisation_id bigint NOT NULL,
    recorded_by_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT evaluation_takeup_version_check CHECK ((version >= 0)),
    CONSTRAINT takeup_one_source CHECK ((((lesson_id IS NOT NULL) AND (case_study_id IS NULL)) OR ((case_study_id IS NOT NULL) AND (lesson_id IS NULL))))
);


--
-- Name: evaluation_takeup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.evaluation_takeup ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.evaluation_takeup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_brokeredrelationship; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_brokeredrelationship (
    id bigint NOT NULL,
    with_whom character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    state character varying(20) NOT NULL,
    notes text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    field_trial_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_brokeredrelationship_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_brokeredrelationship_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_brokeredrelationship ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_brokeredrelationship_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_communitymeeting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_communitymeeting (
    id bigint NOT NULL,
    held_on date NOT NULL,
    shared text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    community_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_communitymeeting_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_communitymeeting_attended_by; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_communitymeeting_attended_by (
    id bigint NOT NULL,
    communitymeeting_id bigint NOT NULL,
    fieldtrial_id bigint NOT NULL
);


--
-- Name: fieldtrials_communitymeeting_attended_by_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_communitymeeting_attended_by ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_communitymeeting_attended_by_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_communitymeeting_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_communitymeeting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_communitymeeting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_communityofpractice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_communityofpractice (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    purpose text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    convenor_id bigint
);


--
-- Name: fieldtrials_communityofpractice_field_trials; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_communityofpractice_field_trials (
    id bigint NOT NULL,
    communityofpractice_id bigint NOT NULL,
    fieldtrial_id bigint NOT NULL
);


--
-- Name: fieldtrials_communityofpractice_field_trials_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_communityofpractice_field_trials ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_communityofpractice_field_trials_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_communityofpractice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_communityofpractice ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_communityofpractice_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_fieldtrial; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_fieldtrial (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    summary text NOT NULL,
    status character varying(20) NOT NULL,
    start_date date,
    end_date date,
    created_at timestamp with time zone NOT NULL,
    lead_organisation_id bigint,
    local_authority_id bigint,
    project_id bigint NOT NULL,
    option_id bigint,
    consultant_id bigint,
    latest_rag character varying(5) NOT NULL,
    latest_update_month date,
    locality character varying(200) NOT NULL,
    plan text NOT NULL,
    status_changed_at timestamp with time zone NOT NULL,
    trigger character varying(300) NOT NULL,
    version integer NOT NULL,
    CONSTRAINT fieldtrials_fieldtrial_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_fieldtrial_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_fieldtrial ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_fieldtrial_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_fieldtrial_participating_organisations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_fieldtrial_participating_organisations (
    id bigint NOT NULL,
    fieldtrial_id bigint NOT NULL,
    organisation_id bigint NOT NULL
);


--
-- Name: fieldtrials_fieldtrial_participating_organisations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_fieldtrial_participating_organisations ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_fieldtrial_participating_organisations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_fieldtrial_resource_domains; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_fieldtrial_resource_domains (
    id bigint NOT NULL,
    fieldtrial_id bigint NOT NULL,
    resourcedomain_id bigint NOT NULL
);


--
-- Name: fieldtrials_fieldtrial_resource_domains_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_fieldtrial_resource_domains ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_fieldtrial_resource_domains_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_fieldtrialmembership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_fieldtrialmembership (
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    field_trial_id bigint NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: fieldtrials_fieldtrialmembership_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_fieldtrialmembership ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_fieldtrialmembership_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_historicalbrokeredrelationship; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_historicalbrokeredrelationship (
    id bigint NOT NULL,
    with_whom character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    state character varying(20) NOT NULL,
    notes text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    created_by_id bigint,
    field_trial_id bigint,
    history_user_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_historicalbrokeredrelationship_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_historicalbrokeredrelationship_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_historicalbrokeredrelationship ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_historicalbrokeredrelationship_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_historicalfieldtrial; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_historicalfieldtrial (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    summary text NOT NULL,
    locality character varying(200) NOT NULL,
    trigger character varying(300) NOT NULL,
    plan text NOT NULL,
    status character varying(20) NOT NULL,
    status_changed_at timestamp with time zone NOT NULL,
    start_date date,
    end_date date,
    latest_rag character varying(5) NOT NULL,
    latest_update_month date,
    version integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    consultant_id bigint,
    history_user_id bigint,
    lead_organisation_id bigint,
    local_authority_id bigint,
    option_id bigint,
    project_id bigint,
    CONSTRAINT fieldtrials_historicalfieldtrial_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_historicalfieldtrial_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_historicalfieldtrial ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_historicalfieldtrial_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_historicalmilestone; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_historicalmilestone (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    due_on date NOT NULL,
    completed_on date,
    notes text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    created_by_id bigint,
    field_trial_id bigint,
    history_user_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_historicalmilestone_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_historicalmilestone_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_historicalmilestone ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_historicalmilestone_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_historicalmonthlyupdate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_historicalmonthlyupdate (
    id bigint NOT NULL,
    month date NOT NULL,
    rag character varying(5) NOT NULL,
    what_happened text NOT NULL,
    what_next text NOT NULL,
    in_the_way text NOT NULL,
    status character varying(10) NOT NULL,
    submitted_at timestamp with time zone,
    version integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    author_id bigint,
    field_trial_id bigint,
    history_user_id bigint,
    read_at timestamp with time zone,
    read_by_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_historicalmonthlyupdate_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_historicalmonthlyupdate_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_historicalmonthlyupdate ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_historicalmonthlyupdate_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_historicalofferuse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_historicalofferuse (
    id bigint NOT NULL,
    element character varying(30) NOT NULL,
    asked_for text NOT NULL,
    given text NOT NULL,
    given_on date,
    given_by character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    created_by_id bigint,
    field_trial_id bigint,
    history_user_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_historicalofferuse_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_historicalofferuse_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_historicalofferuse ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_historicalofferuse_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_historicalpowertoinnovaterequest; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_historicalpowertoinnovaterequest (
    id bigint NOT NULL,
    regulation character varying(300) NOT NULL,
    variation_sought text NOT NULL,
    "case" text NOT NULL,
    advice text NOT NULL,
    state character varying(20) NOT NULL,
    submitted_on date,
    decided_on date,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    created_by_id bigint,
    field_trial_id bigint,
    history_user_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    state_when_withdrawn character varying(20) NOT NULL,
    CONSTRAINT fieldtrials_historicalpowertoinnovaterequest_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_historicalpowertoinnovaterequest_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_historicalpowertoinnovaterequest ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_historicalpowertoinnovaterequest_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_historicalrisk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_historicalrisk (
    id bigint NOT NULL,
    description text NOT NULL,
    likelihood smallint NOT NULL,
    impact smallint NOT NULL,
    owner character varying(200) NOT NULL,
    mitigation text NOT NULL,
    is_open boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    created_by_id bigint,
    field_trial_id bigint,
    history_user_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_historicalrisk_impact_check CHECK ((impact >= 0)),
    CONSTRAINT fieldtrials_historicalrisk_likelihood_check CHECK ((likelihood >= 0)),
    CONSTRAINT fieldtrials_historicalrisk_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_historicalrisk_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_historicalrisk ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_historicalrisk_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_historicalsupportsession; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_historicalsupportsession (
    id bigint NOT NULL,
    held_on date NOT NULL,
    kind character varying(30) NOT NULL,
    hours numeric(5,2) NOT NULL,
    notes text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    history_id integer NOT NULL,
    history_date timestamp with time zone NOT NULL,
    history_change_reason character varying(100),
    history_type character varying(1) NOT NULL,
    field_trial_id bigint,
    given_by_id bigint,
    history_user_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_historicalsupportsession_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_historicalsupportsession_history_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_historicalsupportsession ALTER COLUMN history_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_historicalsupportsession_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_milestone; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_milestone (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    due_on date NOT NULL,
    completed_on date,
    notes text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    field_trial_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    title_key character varying(64) NOT NULL,
    CONSTRAINT fieldtrials_milestone_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_milestone_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_milestone ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_milestone_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_monthlyupdate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_monthlyupdate (
    id bigint NOT NULL,
    month date NOT NULL,
    rag character varying(5) NOT NULL,
    what_happened text NOT NULL,
    what_next text NOT NULL,
    in_the_way text NOT NULL,
    status character varying(10) NOT NULL,
    submitted_at timestamp with time zone,
    version integer NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    author_id bigint NOT NULL,
    field_trial_id bigint NOT NULL,
    read_at timestamp with time zone,
    read_by_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_monthlyupdate_version_check CHECK ((version >= 0)),
    CONSTRAINT submitted_update_has_rag CHECK ((((status)::text = 'draft'::text) OR (NOT ((rag)::text = ''::text))))
);


--
-- Name: fieldtrials_monthlyupdate_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_monthlyupdate ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_monthlyupdate_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_offeruse; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_offeruse (
    id bigint NOT NULL,
    element character varying(30) NOT NULL,
    asked_for text NOT NULL,
    given text NOT NULL,
    given_on date,
    given_by character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    field_trial_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_offeruse_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_offeruse_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_offeruse ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_offeruse_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_powertoinnovaterequest; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_powertoinnovaterequest (
    id bigint NOT NULL,
    regulation character varying(300) NOT NULL,
    variation_sought text NOT NULL,
    "case" text NOT NULL,
    advice text NOT NULL,
    state character varying(20) NOT NULL,
    submitted_on date,
    decided_on date,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    field_trial_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    state_when_withdrawn character varying(20) NOT NULL,
    CONSTRAINT fieldtrials_powertoinnovaterequest_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_powertoinnovaterequest_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_powertoinnovaterequest ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_powertoinnovaterequest_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_resourcedomain; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_resourcedomain (
    id bigint NOT NULL,
    code character varying(50) NOT NULL,
    name character varying(100) NOT NULL
);


--
-- Name: fieldtrials_resourcedomain_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_resourcedomain ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_resourcedomain_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_risk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_risk (
    id bigint NOT NULL,
    description text NOT NULL,
    likelihood smallint NOT NULL,
    impact smallint NOT NULL,
    owner character varying(200) NOT NULL,
    mitigation text NOT NULL,
    is_open boolean NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    field_trial_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    description_key character varying(64) NOT NULL,
    CONSTRAINT fieldtrials_risk_impact_check CHECK ((impact >= 0)),
    CONSTRAINT fieldtrials_risk_likelihood_check CHECK ((likelihood >= 0)),
    CONSTRAINT fieldtrials_risk_version_check CHECK ((version >= 0))
);


--
-- Name: fieldtrials_risk_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_risk ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_risk_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_supportsession; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_supportsession (
    id bigint NOT NULL,
    held_on date NOT NULL,
    kind character varying(30) NOT NULL,
    hours numeric(5,2) NOT NULL,
    notes text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    field_trial_id bigint NOT NULL,
    given_by_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT fieldtrials_supportsession_version_check CHECK ((version >= 0)),
    CONSTRAINT support_hours_in_a_day CHECK (((hours > (0)::numeric) AND (hours <= (24)::numeric)))
);


--
-- Name: fieldtrials_supportsession_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_supportsession ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_supportsession_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: fieldtrials_trialstatuschange; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fieldtrials_trialstatuschange (
    id bigint NOT NULL,
    from_status character varying(20) NOT NULL,
    to_status character varying(20) NOT NULL,
    reason text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    actor_id bigint NOT NULL,
    field_trial_id bigint NOT NULL
);


--
-- Name: fieldtrials_trialstatuschange_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.fieldtrials_trialstatuschange ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.fieldtrials_trialstatuschange_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: following_digest; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.following_digest (
    id bigint NOT NULL,
    claimed_at timestamp with time zone NOT NULL,
    sent_at timestamp with time zone,
    user_id bigint NOT NULL
);


--
-- Name: following_digest_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.following_digest ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.following_digest_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: following_digestchoice; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.following_digestchoice (
    id bigint NOT NULL,
    frequency character varying(10) NOT NULL,
    chosen_at timestamp with time zone NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: following_digestchoice_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.following_digestchoice ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.following_digestchoice_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: following_digestitem; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.following_digestitem (
    id bigint NOT NULL,
    digest_id bigint NOT NULL,
    event_id bigint NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: following_digestitem_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.following_digestitem ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.following_digestitem_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: following_follow; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.following_follow (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    community_id bigint,
    field_trial_id bigint,
    project_id bigint,
    user_id bigint NOT NULL,
    CONSTRAINT follow_exactly_one_subject CHECK ((((community_id IS NULL) AND (field_trial_id IS NULL) AND (project_id IS NOT NULL)) OR ((community_id IS NULL) AND (field_trial_id IS NOT NULL) AND (project_id IS NULL)) OR ((community_id IS NOT NULL) AND (field_trial_id IS NULL) AND (project_id IS NULL))))
);


--
-- Name: following_follow_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.following_follow ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.following_follow_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_assessment; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_assessment (
    id bigint NOT NULL,
    in_advance_of_evidence smallint NOT NULL,
    in_advance_of_evidence_note text NOT NULL,
    not_yet_sanctioned smallint NOT NULL,
    not_yet_sanctioned_note text NOT NULL,
    aware_of_best_practice smallint NOT NULL,
    aware_of_best_practice_note text NOT NULL,
    able_practitioners smallint NOT NULL,
    able_practitioners_note text NOT NULL,
    scanning_informed smallint NOT NULL,
    scanning_informed_note text NOT NULL,
    serious_problems smallint NOT NULL,
    serious_problems_note text NOT NULL,
    user_focused smallint NOT NULL,
    user_focused_note text NOT NULL,
    promise_outcomes smallint NOT NULL,
    promise_outcomes_note text NOT NULL,
    promise_responsiveness smallint NOT NULL,
    promise_responsiveness_note text NOT NULL,
    promise_value smallint NOT NULL,
    promise_value_note text NOT NULL,
    change smallint NOT NULL,
    distance smallint NOT NULL,
    horizon character varying(2) NOT NULL,
    re_different boolean,
    re_lower_cost boolean,
    re_better boolean,
    comment text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    reviewer_id bigint NOT NULL,
    option_id bigint NOT NULL,
    CONSTRAINT programmes_assessment_able_practitioners_check CHECK ((able_practitioners >= 0)),
    CONSTRAINT programmes_assessment_aware_of_best_practice_check CHECK ((aware_of_best_practice >= 0)),
    CONSTRAINT programmes_assessment_change_check CHECK ((change >= 0)),
    CONSTRAINT programmes_assessment_distance_check CHECK ((distance >= 0)),
    CONSTRAINT programmes_assessment_in_advance_of_evidence_check CHECK ((in_advance_of_evidence >= 0)),
    CONSTRAINT programmes_assessment_not_yet_sanctioned_check CHECK ((not_yet_sanctioned >= 0)),
    CONSTRAINT programmes_assessment_promise_outcomes_check CHECK ((promise_outcomes >= 0)),
    CONSTRAINT programmes_assessment_promise_responsiveness_check CHECK ((promise_responsiveness >= 0)),
    CONSTRAINT programmes_assessment_promise_value_check CHECK ((promise_value >= 0)),
    CONSTRAINT programmes_assessment_scanning_informed_check CHECK ((scanning_informed >= 0)),
    CONSTRAINT programmes_assessment_serious_problems_check CHECK ((serious_problems >= 0)),
    CONSTRAINT programmes_assessment_user_focused_check CHECK ((user_focused >= 0))
);


--
-- Name: programmes_assessment_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_assessment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_assessment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_creativeoption; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_creativeoption (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    description text NOT NULL,
    proposed_by character varying(200) NOT NULL,
    burning_platform character varying(300) NOT NULL,
    status character varying(20) NOT NULL,
    decision_reason text NOT NULL,
    decided_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    decided_by_id bigint,
    project_id bigint NOT NULL,
    workshop_id bigint,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT programmes_creativeoption_version_check CHECK ((version >= 0))
);


--
-- Name: programmes_creativeoption_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_creativeoption ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_creativeoption_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_creativeoption_stimuli; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_creativeoption_stimuli (
    id bigint NOT NULL,
    creativeoption_id bigint NOT NULL,
    stimulus_id bigint NOT NULL
);


--
-- Name: programmes_creativeoption_stimuli_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_creativeoption_stimuli ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_creativeoption_stimuli_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_datasource; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_datasource (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    url character varying(500) NOT NULL,
    file character varying(300) NOT NULL,
    file_type character varying(100) NOT NULL,
    what_it_shows text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    project_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    original_name character varying(255) NOT NULL,
    CONSTRAINT programmes_datasource_version_check CHECK ((version >= 0))
);


--
-- Name: programmes_datasource_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_datasource ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_datasource_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_keptstimulus; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_keptstimulus (
    id bigint NOT NULL,
    why text NOT NULL,
    kept_at timestamp with time zone NOT NULL,
    kept_by_id bigint,
    project_id bigint NOT NULL,
    stimulus_id bigint NOT NULL
);


--
-- Name: programmes_keptstimulus_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_keptstimulus ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_keptstimulus_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_objective; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_objective (
    id bigint NOT NULL,
    text text NOT NULL,
    status character varying(10) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    project_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT programmes_objective_version_check CHECK ((version >= 0))
);


--
-- Name: programmes_objective_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_objective ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_objective_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_potentialinnovator; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_potentialinnovator (
    id bigint NOT NULL,
    person_name character varying(200) NOT NULL,
    why text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    organisation_id bigint,
    project_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT innovator_person_or_organisation CHECK (((NOT ((person_name)::text = ''::text)) OR (organisation_id IS NOT NULL))),
    CONSTRAINT programmes_potentialinnovator_version_check CHECK ((version >= 0))
);


--
-- Name: programmes_potentialinnovator_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_potentialinnovator ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_potentialinnovator_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_problemstatement; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_problemstatement (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    text text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    project_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT programmes_problemstatement_version_check CHECK ((version >= 0))
);


--
-- Name: programmes_problemstatement_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_problemstatement ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_problemstatement_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_programme; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_programme (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    summary text NOT NULL,
    start_date date NOT NULL,
    end_date date,
    created_at timestamp with time zone NOT NULL,
    lead_organisation_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    CONSTRAINT programmes_programme_version_check CHECK ((version >= 0))
);


--
-- Name: programmes_programme_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_programme ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_programme_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_programmemembership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_programmemembership (
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    programme_id bigint NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: programmes_programmemembership_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_programmemembership ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_programmemembership_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_project; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_project (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    policy_area character varying(200) NOT NULL,
    start_date date NOT NULL,
    planned_duration_months smallint NOT NULL,
    stage character varying(30) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    lead_officer_id bigint,
    partner_agency_id bigint,
    programme_id bigint NOT NULL,
    narrative text NOT NULL,
    narrative_updated_at timestamp with time zone,
    narrative_updated_by_id bigint,
    narrative_version integer NOT NULL,
    stage_entered_at timestamp with time zone NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    closed_note text NOT NULL,
    closed_on date,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT programmes_project_narrative_version_check CHECK ((narrative_version >= 0)),
    CONSTRAINT programmes_project_planned_duration_months_check CHECK ((planned_duration_months >= 0)),
    CONSTRAINT programmes_project_version_check CHECK ((version >= 0))
);


--
-- Name: programmes_project_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_project ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_project_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_projectmembership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_projectmembership (
    id bigint NOT NULL,
    role character varying(20) NOT NULL,
    project_id bigint NOT NULL,
    user_id bigint NOT NULL
);


--
-- Name: programmes_projectmembership_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_projectmembership ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_projectmembership_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_stagemove; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_stagemove (
    id bigint NOT NULL,
    from_stage character varying(30) NOT NULL,
    to_stage character varying(30) NOT NULL,
    reason text NOT NULL,
    overridden boolean NOT NULL,
    unmet jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL,
    actor_id bigint NOT NULL,
    project_id bigint NOT NULL
);


--
-- Name: programmes_stagemove_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_stagemove ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_stagemove_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_stimulus; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_stimulus (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    sector character varying(30) NOT NULL,
    sector_other character varying(100) NOT NULL,
    country character varying(100) NOT NULL,
    summary text NOT NULL,
    source_url character varying(500) NOT NULL,
    provocation text NOT NULL,
    contacts text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint
);


--
-- Name: programmes_stimulus_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_stimulus ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_stimulus_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_stimulus_tags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_stimulus_tags (
    id bigint NOT NULL,
    stimulus_id bigint NOT NULL,
    stimulustag_id bigint NOT NULL
);


--
-- Name: programmes_stimulus_tags_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_stimulus_tags ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_stimulus_tags_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_stimulustag; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_stimulustag (
    id bigint NOT NULL,
    name character varying(60) NOT NULL
);


--
-- Name: programmes_stimulustag_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_stimulustag ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_stimulustag_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_workshop; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_workshop (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    held_on date NOT NULL,
    notes text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    project_id bigint NOT NULL,
    changed_at timestamp with time zone,
    changed_by_id bigint,
    version integer NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    CONSTRAINT programmes_workshop_version_check CHECK ((version >= 0))
);


--
-- Name: programmes_workshop_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_workshop ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_workshop_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: programmes_workshopparticipant; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.programmes_workshopparticipant (
    id bigint NOT NULL,
    name character varying(200) NOT NULL,
    kind character varying(20) NOT NULL,
    affiliation character varying(200) NOT NULL,
    workshop_id bigint NOT NULL
);


--
-- Name: programmes_workshopparticipant_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.programmes_workshopparticipant ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.programmes_workshopparticipant_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reports_monthlyreportoptout; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports_monthlyreportoptout (
    id bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    person_id bigint NOT NULL,
    project_id bigint NOT NULL
);


--
-- Name: reports_monthlyreportoptout_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reports_monthlyreportoptout ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reports_monthlyreportoptout_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reports_report; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.reports_report (
    id bigint NOT NULL,
    kind character varying(20) NOT NULL,
    period date,
    requested_at timestamp with time zone NOT NULL,
    state character varying(20) NOT NULL,
    failure_message character varying(500) NOT NULL,
    file character varying(300) NOT NULL,
    finished_at timestamp with time zone,
    pages integer,
    size integer,
    field_trial_id bigint,
    programme_id bigint,
    project_id bigint,
    requested_by_id bigint,
    started_at timestamp with time zone,
    covers_from date,
    covers_to date,
    page character varying(300) NOT NULL,
    withdrawn_at timestamp with time zone,
    withdrawn_by_id bigint,
    withdrawn_reason text NOT NULL,
    names_erased_at timestamp with time zone,
    CONSTRAINT monthly_report_has_period CHECK ((((kind)::text = 'on_request'::text) OR (period IS NOT NULL))),
    CONSTRAINT report_covers_from_before_to CHECK (((covers_from IS NULL) OR (covers_to IS NULL) OR (covers_from < covers_to))),
    CONSTRAINT report_has_one_subject CHECK ((((field_trial_id IS NULL) AND (programme_id IS NOT NULL) AND (project_id IS NULL)) OR ((field_trial_id IS NULL) AND (programme_id IS NULL) AND (project_id IS NOT NULL)) OR ((field_trial_id IS NOT NULL) AND (programme_id IS NULL) AND (project_id IS NULL)))),
    CONSTRAINT reports_report_pages_check CHECK ((pages >= 0)),
    CONSTRAINT reports_report_size_check CHECK ((size >= 0))
);


--
-- Name: reports_report_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.reports_report ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.reports_report_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: search_searchdocument; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_searchdocument (
    id bigint NOT NULL,
    kind character varying(30) NOT NULL,
    object_id bigint NOT NULL,
    programme_id bigint,
    project_id bigint,
    trial_id bigint,
    parent_id bigint,
    title character varying(300) NOT NULL,
    body text NOT NULL,
    url character varying(300) NOT NULL,
    date timestamp with time zone NOT NULL,
    policy_area character varying(200) NOT NULL,
    theme_ids character varying(500) NOT NULL,
    vector tsvector,
    access jsonb NOT NULL
);


--
-- Name: search_searchdocument_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.search_searchdocument ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.search_searchdocument_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: toolkit_answer; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.toolkit_answer (
    id bigint NOT NULL,
    question character varying(100) NOT NULL,
    value jsonb NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    participation_id bigint NOT NULL
);


--
-- Name: toolkit_answer_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.toolkit_answer ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.toolkit_answer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: toolkit_exercise; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.toolkit_exercise (
    id bigint NOT NULL,
    title character varying(200) NOT NULL,
    closes_at timestamp with time zone,
    created_at timestamp with time zone NOT NULL,
    facilitator_id bigint NOT NULL,
    field_trial_id bigint,
    tool_id bigint NOT NULL,
    closed_at timestamp with time zone,
    concluded_at timestamp with time zone,
    concluded_by_id bigint,
    conclusion text NOT NULL,
    results_shared boolean NOT NULL,
    workshop_id bigint,
    tool_version_id bigint NOT NULL,
    local_authority_id bigint
);


--
-- Name: toolkit_exercise_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.toolkit_exercise ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.toolkit_exercise_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: toolkit_participation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.toolkit_participation (
    id bigint NOT NULL,
    invited_at timestamp with time zone NOT NULL,
    submitted_at timestamp with time zone,
    exercise_id bigint NOT NULL,
    user_id bigint NOT NULL,
    "position" character varying(100) NOT NULL,
    invitation_emailed_at timestamp with time zone
);


--
-- Name: toolkit_participation_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.toolkit_participation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.toolkit_participation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: toolkit_tool; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.toolkit_tool (
    id bigint NOT NULL,
    slug character varying(50) NOT NULL,
    title character varying(200) NOT NULL,
    subtitle character varying(200) NOT NULL,
    purpose text NOT NULL,
    status character varying(20) NOT NULL,
    audience text NOT NULL,
    latest_id bigint
);


--
-- Name: toolkit_tool_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.toolkit_tool ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.toolkit_tool_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: toolkit_toolversion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.toolkit_toolversion (
    id bigint NOT NULL,
    number integer NOT NULL,
    definition jsonb NOT NULL,
    checksum character varying(64) NOT NULL,
    source character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by_id bigint,
    tool_id bigint NOT NULL,
    CONSTRAINT toolkit_toolversion_number_check CHECK ((number >= 0))
);


--
-- Name: toolkit_toolversion_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.toolkit_toolversion ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.toolkit_toolversion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Data for Name: accounts_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_event (id, verb, target_id, data, created_at, actor_id, target_type_id, field_trial_id, programme_id, project_id, target_name) FROM stdin;
\.


--
-- Data for Name: accounts_formsubmission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_formsubmission (id, token, path, created_at, done, went_to, user_id) FROM stdin;
\.


--
-- Data for Name: accounts_invitation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_invitation (id, email, role, created_at, expires_at, token_hash, state, accepted_at, withdrawn_at, emailed_at, accepted_by_id, field_trial_id, invited_by_id, organisation_id, programme_id, project_id, full_name, email_failed_at, email_failure) FROM stdin;
\.


--
-- Data for Name: accounts_notification; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_notification (id, kind, message, url, created_at, read_at, recipient_id, key, emailed_at) FROM stdin;
\.


--
-- Data for Name: accounts_organisation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_organisation (id, name, kind, urn, local_authority_id) FROM stdin;
\.


--
-- Data for Name: accounts_replacedinvitationlink; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_replacedinvitationlink (id, token_hash, replaced_at, invitation_id, email_failed_at, emailed_at) FROM stdin;
\.


--
-- Data for Name: accounts_throttlebucket; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_throttlebucket (id, scope, key_hash, times, expires_at) FROM stdin;
\.


--
-- Data for Name: accounts_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_user (id, password, last_login, is_superuser, email, full_name, job_title, is_staff, is_active, date_joined, organisation_id, email_muted_kinds, erased_at) FROM stdin;
\.


--
-- Data for Name: accounts_user_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_user_groups (id, user_id, group_id) FROM stdin;
\.


--
-- Data for Name: accounts_user_user_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.accounts_user_user_permissions (id, user_id, permission_id) FROM stdin;
\.


--
-- Data for Name: auth_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group (id, name) FROM stdin;
\.


--
-- Data for Name: auth_group_permissions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_group_permissions (id, group_id, permission_id) FROM stdin;
\.


--
-- Data for Name: auth_permission; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_permission (id, name, content_type_id, codename) FROM stdin;
1	Can add log entry	1	add_logentry
2	Can change log entry	1	change_logentry
3	Can delete log entry	1	delete_logentry
4	Can view log entry	1	view_logentry
5	Can add permission	2	add_permission
6	Can change permission	2	change_permission
7	Can delete permission	2	delete_permission
8	Can view permission	2	view_permission
9	Can add group	3	add_group
10	Can change group	3	change_group
11	Can delete group	3	delete_group
12	Can view group	3	view_group
13	Can add content type	4	add_contenttype
14	Can change content type	4	change_contenttype
15	Can delete content type	4	delete_contenttype
16	Can view content type	4	view_contenttype
17	Can add session	5	add_session
18	Can change session	5	change_session
19	Can delete session	5	delete_session
20	Can view session	5	view_session
21	Can add crontab	6	add_crontabschedule
22	Can change crontab	6	change_crontabschedule
23	Can delete crontab	6	delete_crontabschedule
24	Can view crontab	6	view_crontabschedule
25	Can add interval	7	add_intervalschedule
26	Can change interval	7	change_intervalschedule
27	Can delete interval	7	delete_intervalschedule
28	Can view interval	7	view_intervalschedule
29	Can add periodic task	8	add_periodictask
30	Can change periodic task	8	change_periodictask
31	Can delete periodic task	8	delete_periodictask
32	Can view periodic task	8	view_periodictask
33	Can add periodic task track	9	add_periodictasks
34	Can change periodic task track	9	change_periodictasks
35	Can delete periodic task track	9	delete_periodictasks
36	Can view periodic task track	9	view_periodictasks
37	Can add solar event	10	add_solarschedule
38	Can change solar event	10	change_solarschedule
39	Can delete solar event	10	delete_solarschedule
40	Can view solar event	10	view_solarschedule
41	Can add clocked	11	add_clockedschedule
42	Can change clocked	11	change_clockedschedule
43	Can delete clocked	11	delete_clockedschedule
44	Can view clocked	11	view_clockedschedule
45	Can add access attempt	12	add_accessattempt
46	Can change access attempt	12	change_accessattempt
47	Can delete access attempt	12	delete_accessattempt
48	Can view access attempt	12	view_accessattempt
49	Can add access log	13	add_accesslog
50	Can change access log	13	change_accesslog
51	Can delete access log	13	delete_accesslog
52	Can view access log	13	view_accesslog
53	Can add access failure	14	add_accessfailurelog
54	Can change access failure	14	change_accessfailurelog
55	Can delete access failure	14	delete_accessfailurelog
56	Can view access failure	14	view_accessfailurelog
57	Can add access attempt expiration	15	add_accessattemptexpiration
58	Can change access attempt expiration	15	change_accessattemptexpiration
59	Can delete access attempt expiration	15	delete_accessattemptexpiration
60	Can view access attempt expiration	15	view_accessattemptexpiration
61	Can add organisation	16	add_organisation
62	Can change organisation	16	change_organisation
63	Can delete organisation	16	delete_organisation
64	Can view organisation	16	view_organisation
65	Can add user	17	add_user
66	Can change user	17	change_user
67	Can delete user	17	delete_user
68	Can view user	17	view_user
69	Can add event	18	add_event
70	Can change event	18	change_event
71	Can delete event	18	delete_event
72	Can view event	18	view_event
73	Can add notification	19	add_notification
74	Can change notification	19	change_notification
75	Can delete notification	19	delete_notification
76	Can view notification	19	view_notification
77	Can add throttle bucket	20	add_throttlebucket
78	Can change throttle bucket	20	change_throttlebucket
79	Can delete throttle bucket	20	delete_throttlebucket
80	Can view throttle bucket	20	view_throttlebucket
81	Can add form submission	21	add_formsubmission
82	Can change form submission	21	change_formsubmission
83	Can delete form submission	21	delete_formsubmission
84	Can view form submission	21	view_formsubmission
85	Can add invitation	22	add_invitation
86	Can change invitation	22	change_invitation
87	Can delete invitation	22	delete_invitation
88	Can view invitation	22	view_invitation
89	Can add replaced invitation link	23	add_replacedinvitationlink
90	Can change replaced invitation link	23	change_replacedinvitationlink
91	Can delete replaced invitation link	23	delete_replacedinvitationlink
92	Can view replaced invitation link	23	view_replacedinvitationlink
93	Can add programme	24	add_programme
94	Can change programme	24	change_programme
95	Can delete programme	24	delete_programme
96	Can view programme	24	view_programme
97	Can add project	25	add_project
98	Can change project	25	change_project
99	Can delete project	25	delete_project
100	Can view project	25	view_project
101	Can add project membership	26	add_projectmembership
102	Can change project membership	26	change_projectmembership
103	Can delete project membership	26	delete_projectmembership
104	Can view project membership	26	view_projectmembership
105	Can add programme membership	27	add_programmemembership
106	Can change programme membership	27	change_programmemembership
107	Can delete programme membership	27	delete_programmemembership
108	Can view programme membership	27	view_programmemembership
109	Can add stimulus tag	28	add_stimulustag
110	Can change stimulus tag	28	change_stimulustag
111	Can delete stimulus tag	28	delete_stimulustag
112	Can view stimulus tag	28	view_stimulustag
113	Can add objective	29	add_objective
114	Can change objective	29	change_objective
115	Can delete objective	29	delete_objective
116	Can view objective	29	view_objective
117	Can add problem statement	30	add_problemstatement
118	Can change problem statement	30	change_problemstatement
119	Can delete problem statement	30	delete_problemstatement
120	Can view problem statement	30	view_problemstatement
121	Can add stimulus	31	add_stimulus
122	Can change stimulus	31	change_stimulus
123	Can delete stimulus	31	delete_stimulus
124	Can view stimulus	31	view_stimulus
125	Can add workshop	32	add_workshop
126	Can change workshop	32	change_workshop
127	Can delete workshop	32	delete_workshop
128	Can view workshop	32	view_workshop
129	Can add creative option	33	add_creativeoption
130	Can change creative option	33	change_creativeoption
131	Can delete creative option	33	delete_creativeoption
132	Can view creative option	33	view_creativeoption
133	Can add workshop participant	34	add_workshopparticipant
134	Can change workshop participant	34	change_workshopparticipant
135	Can delete workshop participant	34	delete_workshopparticipant
136	Can view workshop participant	34	view_workshopparticipant
137	Can add assessment	35	add_assessment
138	Can change assessment	35	change_assessment
139	Can delete assessment	35	delete_assessment
140	Can view assessment	35	view_assessment
141	Can add data source	36	add_datasource
142	Can change data source	36	change_datasource
143	Can delete data source	36	delete_datasource
144	Can view data source	36	view_datasource
145	Can add potential innovator	37	add_potentialinnovator
146	Can change potential innovator	37	change_potentialinnovator
147	Can delete potential innovator	37	delete_potentialinnovator
148	Can view potential innovator	37	view_potentialinnovator
149	Can add stage move	38	add_stagemove
150	Can change stage move	38	change_stagemove
151	Can delete stage move	38	delete_stagemove
152	Can view stage move	38	view_stagemove
153	Can add kept stimulus	39	add_keptstimulus
154	Can change kept stimulus	39	change_keptstimulus
155	Can delete kept stimulus	39	delete_keptstimulus
156	Can view kept stimulus	39	view_keptstimulus
157	Can add field trial	40	add_fieldtrial
158	Can change field trial	40	change_fieldtrial
159	Can delete field trial	40	delete_fieldtrial
160	Can view field trial	40	view_fieldtrial
161	Can add field trial membership	41	add_fieldtrialmembership
162	Can change field trial membership	41	change_fieldtrialmembership
163	Can delete field trial membership	41	delete_fieldtrialmembership
164	Can view field trial membership	41	view_fieldtrialmembership
165	Can add resource domain	42	add_resourcedomain
166	Can change resource domain	42	change_resourcedomain
167	Can delete resource domain	42	delete_resourcedomain
168	Can view resource domain	42	view_resourcedomain
169	Can add risk	43	add_risk
170	Can change risk	43	change_risk
171	Can delete risk	43	delete_risk
172	Can view risk	43	view_risk
173	Can add support session	44	add_supportsession
174	Can change support session	44	change_supportsession
175	Can delete support session	44	delete_supportsession
176	Can view support session	44	view_supportsession
177	Can add trial status change	45	add_trialstatuschange
178	Can change trial status change	45	change_trialstatuschange
179	Can delete trial status change	45	delete_trialstatuschange
180	Can view trial status change	45	view_trialstatuschange
181	Can add brokered relationship	46	add_brokeredrelationship
182	Can change brokered relationship	46	change_brokeredrelationship
183	Can delete brokered relationship	46	delete_brokeredrelationship
184	Can view brokered relationship	46	view_brokeredrelationship
185	Can add community of practice	47	add_communityofpractice
186	Can change community of practice	47	change_communityofpractice
187	Can delete community of practice	47	delete_communityofpractice
188	Can view community of practice	47	view_communityofpractice
189	Can add community meeting	48	add_communitymeeting
190	Can change community meeting	48	change_communitymeeting
191	Can delete community meeting	48	delete_communitymeeting
192	Can view community meeting	48	view_communitymeeting
193	Can add historical brokered relationship	49	add_historicalbrokeredrelationship
194	Can change historical brokered relationship	49	change_historicalbrokeredrelationship
195	Can delete historical brokered relationship	49	delete_historicalbrokeredrelationship
196	Can view historical brokered relationship	49	view_historicalbrokeredrelationship
197	Can add historical field trial	50	add_historicalfieldtrial
198	Can change historical field trial	50	change_historicalfieldtrial
199	Can delete historical field trial	50	delete_historicalfieldtrial
200	Can view historical field trial	50	view_historicalfieldtrial
201	Can add historical milestone	51	add_historicalmilestone
202	Can change historical milestone	51	change_historicalmilestone
203	Can delete historical milestone	51	delete_historicalmilestone
204	Can view historical milestone	51	view_historicalmilestone
205	Can add historical monthly update	52	add_historicalmonthlyupdate
206	Can change historical monthly update	52	change_historicalmonthlyupdate
207	Can delete historical monthly update	52	delete_historicalmonthlyupdate
208	Can view historical monthly update	52	view_historicalmonthlyupdate
209	Can add historical offer use	53	add_historicalofferuse
210	Can change historical offer use	53	change_historicalofferuse
211	Can delete historical offer use	53	delete_historicalofferuse
212	Can view historical offer use	53	view_historicalofferuse
213	Can add historical power to innovate request	54	add_historicalpowertoinnovaterequest
214	Can change historical power to innovate request	54	change_historicalpowertoinnovaterequest
215	Can delete historical power to innovate request	54	delete_historicalpowertoinnovaterequest
216	Can view historical power to innovate request	54	view_historicalpowertoinnovaterequest
217	Can add historical risk	55	add_historicalrisk
218	Can change historical risk	55	change_historicalrisk
219	Can delete historical risk	55	delete_historicalrisk
220	Can view historical risk	55	view_historicalrisk
221	Can add historical support session	56	add_historicalsupportsession
222	Can change historical support session	56	change_historicalsupportsession
223	Can delete historical support session	56	delete_historicalsupportsession
224	Can view historical support session	56	view_historicalsupportsession
225	Can add milestone	57	add_milestone
226	Can change milestone	57	change_milestone
227	Can delete milestone	57	delete_milestone
228	Can view milestone	57	view_milestone
229	Can add monthly update	58	add_monthlyupdate
230	Can change monthly update	58	change_monthlyupdate
231	Can delete monthly update	58	delete_monthlyupdate
232	Can view monthly update	58	view_monthlyupdate
233	Can add offer use	59	add_offeruse
234	Can change offer use	59	change_offeruse
235	Can delete offer use	59	delete_offeruse
236	Can view offer use	59	view_offeruse
237	Can add power to innovate request	60	add_powertoinnovaterequest
238	Can change power to innovate request	60	change_powertoinnovaterequest
239	Can delete power to innovate request	60	delete_powertoinnovaterequest
240	Can view power to innovate request	60	view_powertoinnovaterequest
241	Can add thread	61	add_thread
242	Can change thread	61	change_thread
243	Can delete thread	61	delete_thread
244	Can view thread	61	view_thread
245	Can add post	62	add_post
246	Can change post	62	change_post
247	Can delete post	62	delete_post
248	Can view post	62	view_post
249	Can add attachment	63	add_attachment
250	Can change attachment	63	change_attachment
251	Can delete attachment	63	delete_attachment
252	Can view attachment	63	view_attachment
253	Can add post revision	64	add_postrevision
254	Can change post revision	64	change_postrevision
255	Can delete post revision	64	delete_postrevision
256	Can view post revision	64	view_postrevision
257	Can add tool	65	add_tool
258	Can change tool	65	change_tool
259	Can delete tool	65	delete_tool
260	Can view tool	65	view_tool
261	Can add exercise	66	add_exercise
262	Can change exercise	66	change_exercise
263	Can delete exercise	66	delete_exercise
264	Can view exercise	66	view_exercise
265	Can add participation	67	add_participation
266	Can change participation	67	change_participation
267	Can delete participation	67	delete_participation
268	Can view participation	67	view_participation
269	Can add tool version	68	add_toolversion
270	Can change tool version	68	change_toolversion
271	Can delete tool version	68	delete_toolversion
272	Can view tool version	68	view_toolversion
273	Can add answer	69	add_answer
274	Can change answer	69	change_answer
275	Can delete answer	69	delete_answer
276	Can view answer	69	view_answer
277	Can add board meeting	70	add_boardmeeting
278	Can change board meeting	70	change_boardmeeting
279	Can delete board meeting	70	delete_boardmeeting
280	Can view board meeting	70	view_boardmeeting
281	Can add tag	71	add_tag
282	Can change tag	71	change_tag
283	Can delete tag	71	delete_tag
284	Can view tag	71	view_tag
285	Can add board decision	72	add_boarddecision
286	Can change board decision	72	change_boarddecision
287	Can delete board decision	72	delete_boarddecision
288	Can view board decision	72	view_boarddecision
289	Can add case study	73	add_casestudy
290	Can change case study	73	change_casestudy
291	Can delete case study	73	delete_casestudy
292	Can view case study	73	view_casestudy
293	Can add evaluation plan	74	add_evaluationplan
294	Can change evaluation plan	74	change_evaluationplan
295	Can delete evaluation plan	74	delete_evaluationplan
296	Can view evaluation plan	74	view_evaluationplan
297	Can add evaluation question	75	add_evaluationquestion
298	Can change evaluation question	75	change_evaluationquestion
299	Can delete evaluation question	75	delete_evaluationquestion
300	Can view evaluation question	75	view_evaluationquestion
301	Can add historical objective	76	add_historicalobjective
302	Can change historical objective	76	change_historicalobjective
303	Can delete historical objective	76	delete_historicalobjective
304	Can view historical objective	76	view_historicalobjective
305	Can add independent evaluation	77	add_independentevaluation
306	Can change independent evaluation	77	change_independentevaluation
307	Can delete independent evaluation	77	delete_independentevaluation
308	Can view independent evaluation	77	view_independentevaluation
309	Can add indicator	78	add_indicator
310	Can change indicator	78	change_indicator
311	Can delete indicator	78	delete_indicator
312	Can view indicator	78	view_indicator
313	Can add historical measurement	79	add_historicalmeasurement
314	Can change historical measurement	79	change_historicalmeasurement
315	Can delete historical measurement	79	delete_historicalmeasurement
316	Can view historical measurement	79	view_historicalmeasurement
317	Can add locality group	80	add_localitygroup
318	Can change locality group	80	change_localitygroup
319	Can delete locality group	80	delete_localitygroup
320	Can view locality group	80	view_localitygroup
321	Can add highlight report	81	add_highlightreport
322	Can change highlight report	81	change_highlightreport
323	Can delete highlight report	81	delete_highlightreport
324	Can view highlight report	81	view_highlightreport
325	Can add measurement	82	add_measurement
326	Can change measurement	82	change_measurement
327	Can delete measurement	82	delete_measurement
328	Can view measurement	82	view_measurement
329	Can add objective	83	add_objective
330	Can change objective	83	change_objective
331	Can delete objective	83	delete_objective
332	Can view objective	83	view_objective
333	Can add historical progress entry	84	add_historicalprogressentry
334	Can change historical progress entry	84	change_historicalprogressentry
335	Can delete historical progress entry	84	delete_historicalprogressentry
336	Can view historical progress entry	84	view_historicalprogressentry
337	Can add partner contribution	85	add_partnercontribution
338	Can change partner contribution	85	change_partnercontribution
339	Can delete partner contribution	85	delete_partnercontribution
340	Can view partner contribution	85	view_partnercontribution
341	Can add partnership board	86	add_partnershipboard
342	Can change partnership board	86	change_partnershipboard
343	Can delete partnership board	86	delete_partnershipboard
344	Can view partnership board	86	view_partnershipboard
345	Can add board member	87	add_boardmember
346	Can change board member	87	change_boardmember
347	Can delete board member	87	delete_boardmember
348	Can view board member	87	view_boardmember
349	Can add policy evidence	88	add_policyevidence
350	Can change policy evidence	88	change_policyevidence
351	Can delete policy evidence	88	delete_policyevidence
352	Can view policy evidence	88	view_policyevidence
353	Can add progress entry	89	add_progressentry
354	Can change progress entry	89	change_progressentry
355	Can delete progress entry	89	delete_progressentry
356	Can view progress entry	89	view_progressentry
357	Can add success criterion	90	add_successcriterion
358	Can change success criterion	90	change_successcriterion
359	Can delete success criterion	90	delete_successcriterion
360	Can view success criterion	90	view_successcriterion
361	Can add lesson	91	add_lesson
362	Can change lesson	91	change_lesson
363	Can delete lesson	91	delete_lesson
364	Can view lesson	91	view_lesson
365	Can add take up	92	add_takeup
366	Can change take up	92	change_takeup
367	Can delete take up	92	delete_takeup
368	Can view take up	92	view_takeup
369	Can add report	93	add_report
370	Can change report	93	change_report
371	Can delete report	93	delete_report
372	Can view report	93	view_report
373	Can add monthly report opt out	94	add_monthlyreportoptout
374	Can change monthly report opt out	94	change_monthlyreportoptout
375	Can delete monthly report opt out	94	delete_monthlyreportoptout
376	Can view monthly report opt out	94	view_monthlyreportoptout
377	Can add organisation import	95	add_organisationimport
378	Can change organisation import	95	change_organisationimport
379	Can delete organisation import	95	delete_organisationimport
380	Can view organisation import	95	view_organisationimport
381	Can add people import	96	add_peopleimport
382	Can change people import	96	change_peopleimport
383	Can delete people import	96	delete_peopleimport
384	Can view people import	96	view_peopleimport
385	Can add community space	97	add_communityspace
386	Can change community space	97	change_communityspace
387	Can delete community space	97	delete_communityspace
388	Can view community space	97	view_communityspace
389	Can add join request	98	add_joinrequest
390	Can change join request	98	change_joinrequest
391	Can delete join request	98	delete_joinrequest
392	Can view join request	98	view_joinrequest
393	Can add page revision	99	add_pagerevision
394	Can change page revision	99	change_pagerevision
395	Can delete page revision	99	delete_pagerevision
396	Can view page revision	99	view_pagerevision
397	Can add search document	100	add_searchdocument
398	Can change search document	100	change_searchdocument
399	Can delete search document	100	delete_searchdocument
400	Can view search document	100	view_searchdocument
401	Can add digest	101	add_digest
402	Can change digest	101	change_digest
403	Can delete digest	101	delete_digest
404	Can view digest	101	view_digest
405	Can add digest choice	102	add_digestchoice
406	Can change digest choice	102	change_digestchoice
407	Can delete digest choice	102	delete_digestchoice
408	Can view digest choice	102	view_digestchoice
409	Can add digest item	103	add_digestitem
410	Can change digest item	103	change_digestitem
411	Can delete digest item	103	delete_digestitem
412	Can view digest item	103	view_digestitem
413	Can add follow	104	add_follow
414	Can change follow	104	change_follow
415	Can delete follow	104	delete_follow
416	Can view follow	104	view_follow
\.


--
-- Data for Name: axes_accessattempt; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessattempt (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, get_data, post_data, failures_since_start) FROM stdin;
\.


--
-- Data for Name: axes_accessattemptexpiration; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessattemptexpiration (access_attempt_id, expires_at) FROM stdin;
\.


--
-- Data for Name: axes_accessfailurelog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accessfailurelog (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, locked_out) FROM stdin;
\.


--
-- Data for Name: axes_accesslog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.axes_accesslog (id, user_agent, ip_address, username, http_accept, path_info, attempt_time, logout_time, session_hash) FROM stdin;
\.


--
-- Data for Name: communities_communityspace; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.communities_communityspace (id, version, changed_at, open_to_others, text, changed_by_id, community_id) FROM stdin;
\.


--
-- Data for Name: communities_joinrequest; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.communities_joinrequest (id, message, status, created_at, decided_at, community_id, decided_by_id, user_id, left_at) FROM stdin;
\.


--
-- Data for Name: communities_pagerevision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.communities_pagerevision (id, version, text, edited_at, note, edited_by_id, space_id) FROM stdin;
\.


--
-- Data for Name: directory_organisationimport; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.directory_organisationimport (id, file, original_name, requested_at, state, counts, problems, problem_count, changes, failure_message, started_at, previewed_at, confirmed_at, import_started_at, finished_at, confirmed_by_id, requested_by_id) FROM stdin;
\.


--
-- Data for Name: directory_peopleimport; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.directory_peopleimport (id, file, original_name, requested_at, state, counts, problems, problem_count, failure_message, started_at, previewed_at, confirmed_at, import_started_at, finished_at, confirmed_by_id, programme_id, requested_by_id) FROM stdin;
\.


--
-- Data for Name: discussions_attachment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.discussions_attachment (id, file, file_type, size, post_id, original_name) FROM stdin;
\.


--
-- Data for Name: discussions_post; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.discussions_post (id, version, changed_at, withdrawn_at, withdrawn_reason, body, created_at, author_id, changed_by_id, withdrawn_by_id, thread_id) FROM stdin;
\.


--
-- Data for Name: discussions_postrevision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.discussions_postrevision (id, version, body, written_at, replaced_at, post_id, replaced_by_id) FROM stdin;
\.


--
-- Data for Name: discussions_thread; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.discussions_thread (id, title, officers_only, created_at, last_posted_at, created_by_id, field_trial_id, community_id, option_id, project_id, monthly_update_id) FROM stdin;
\.


--
-- Data for Name: django_admin_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_admin_log (id, action_time, object_id, object_repr, action_flag, change_message, content_type_id, user_id) FROM stdin;
\.


--
-- Data for Name: django_celery_beat_clockedschedule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_clockedschedule (id, clocked_time) FROM stdin;
\.


--
-- Data for Name: django_celery_beat_crontabschedule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_crontabschedule (id, minute, hour, day_of_week, day_of_month, month_of_year, timezone) FROM stdin;
1	0	7	*	*	*	Europe/London
2	30	7	*	*	*	Europe/London
3	30	7	1	*	*	Europe/London
4	0	6	*	1	*	Europe/London
5	10	3	*	*	*	Europe/London
6	20	3	*	*	*	Europe/London
7	30	3	*	*	*	Europe/London
8	40	3	*	*	*	Europe/London
\.


--
-- Data for Name: django_celery_beat_intervalschedule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_intervalschedule (id, every, period) FROM stdin;
1	5	minutes
\.


--
-- Data for Name: django_celery_beat_periodictask; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_periodictask (id, name, task, args, kwargs, queue, exchange, routing_key, expires, enabled, last_run_at, total_run_count, date_changed, description, crontab_id, interval_id, solar_id, one_off, start_time, priority, headers, clocked_id, expire_seconds) FROM stdin;
1	Daily reminders: milestones due or overdue, monthly updates missing	fieldtrials.tasks.send_daily_reminders	[]	{}	\N	\N	\N	\N	t	\N	0	2026-12-07 22:03:47.681057+00	Tells each trial's team of milestones due within seven days or overdue and of a monthly update missing; running it twice tells nobody twice.	1	\N	\N	f	\N	\N	{}	\N	\N
2	Fail organisation imports whose job died	directory.tasks.sweep_stale_imports	[]	{}	\N	\N	\N	\N	t	\N	0	2026-12-07 22:04:01.671426+00	Marks organisation imports whose job died as failed, so the next import is not blocked; a second run changes nothing.	\N	1	\N	f	\N	\N	{}	\N	\N
3	Daily digests of what people follow	following.tasks.send_digests	[]	{"frequency": "daily"}	\N	\N	\N	\N	t	\N	0	2026-12-07 22:05:27.041895+00	E-mails each person who chose a daily digest what is new in what they follow; running it twice tells nobody anything twice.	2	\N	\N	f	\N	\N	{}	\N	\N
4	Weekly digests of what people follow	following.tasks.send_digests	[]	{"frequency": "weekly"}	\N	\N	\N	\N	t	\N	0	2026-12-07 22:05:27.06179+00	E-mails each person who chose a weekly digest what is new in what they follow; running it twice tells nobody anything twice.	3	\N	\N	f	\N	\N	{}	\N	\N
5	Monthly progress reports of every active project	reports.tasks.make_monthly_reports	[]	{}	\N	\N	\N	\N	t	\N	0	2026-12-07 22:05:35.525417+00	Makes one progress report per active project for the month just ended; running it twice in a month makes nothing twice.	4	\N	\N	f	\N	\N	{}	\N	\N
6	Fail progress reports whose job died	reports.tasks.sweep_stale_reports	[]	{}	\N	\N	\N	\N	t	\N	0	2026-12-07 22:05:38.265845+00	Marks progress reports still being prepared 20 minutes after they were asked for as failed (their job died) and tells whoever asked; a second run changes nothing.	\N	1	\N	f	\N	\N	{}	\N	\N
7	Clear expired sessions	accounts.tasks.clear_expired_sessions	[]	{}	\N	\N	\N	\N	t	\N	0	2026-12-07 22:05:38.871583+00	Housekeeping: deletes only rows past their use; a second run the same day deletes nothing.	5	\N	\N	f	\N	\N	{}	\N	\N
9	Forget form tokens older than a day	accounts.tasks.forget_old_form_submissions	[]	{}	\N	\N	\N	\N	t	\N	0	2026-12-07 22:05:38.906454+00	Housekeeping: deletes only rows past their use; a second run the same day deletes nothing.	7	\N	\N	f	\N	\N	{}	\N	\N
10	Forget rate limits no longer counting	accounts.tasks.forget_expired_throttle_buckets	[]	{}	\N	\N	\N	\N	t	\N	0	2026-12-07 22:05:38.923801+00	Housekeeping: deletes only rows past their use; a second run the same day deletes nothing.	8	\N	\N	f	\N	\N	{}	\N	\N
8	Forget sign-in records older than NEXTPRACTICE_SIGN_IN_RECORDS_DAYS (90 days unless set)	accounts.tasks.forget_old_login_records	[]	{}	\N	\N	\N	\N	t	\N	0	2026-12-07 22:05:38.880059+00	Housekeeping: deletes django-axes' sign-in records (address typed, IP address, browser, time) older than the period set; a second run the same day deletes nothing.	6	\N	\N	f	\N	\N	{}	\N	\N
\.


--
-- Data for Name: django_celery_beat_periodictasks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_periodictasks (ident, last_update) FROM stdin;
\.


--
-- Data for Name: django_celery_beat_solarschedule; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_celery_beat_solarschedule (id, event, latitude, longitude) FROM stdin;
\.


--
-- Data for Name: django_content_type; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_content_type (id, app_label, model) FROM stdin;
1	admin	logentry
2	auth	permission
3	auth	group
4	contenttypes	contenttype
5	sessions	session
6	django_celery_beat	crontabschedule
7	django_celery_beat	intervalschedule
8	django_celery_beat	periodictask
9	django_celery_beat	periodictasks
10	django_celery_beat	solarschedule
11	django_celery_beat	clockedschedule
12	axes	accessattempt
13	axes	accesslog
14	axes	accessfailurelog
15	axes	accessattemptexpiration
16	accounts	organisation
17	accounts	user
18	accounts	event
19	accounts	notification
20	accounts	throttlebucket
21	accounts	formsubmission
22	accounts	invitation
23	accounts	replacedinvitationlink
24	programmes	programme
25	programmes	project
26	programmes	projectmembership
27	programmes	programmemembership
28	programmes	stimulustag
29	programmes	objective
30	programmes	problemstatement
31	programmes	stimulus
32	programmes	workshop
33	programmes	creativeoption
34	programmes	workshopparticipant
35	programmes	assessment
36	programmes	datasource
37	programmes	potentialinnovator
38	programmes	stagemove
39	programmes	keptstimulus
40	fieldtrials	fieldtrial
41	fieldtrials	fieldtrialmembership
42	fieldtrials	resourcedomain
43	fieldtrials	risk
44	fieldtrials	supportsession
45	fieldtrials	trialstatuschange
46	fieldtrials	brokeredrelationship
47	fieldtrials	communityofpractice
48	fieldtrials	communitymeeting
49	fieldtrials	historicalbrokeredrelationship
50	fieldtrials	historicalfieldtrial
51	fieldtrials	historicalmilestone
52	fieldtrials	historicalmonthlyupdate
53	fieldtrials	historicalofferuse
54	fieldtrials	historicalpowertoinnovaterequest
55	fieldtrials	historicalrisk
56	fieldtrials	historicalsupportsession
57	fieldtrials	milestone
58	fieldtrials	monthlyupdate
59	fieldtrials	offeruse
60	fieldtrials	powertoinnovaterequest
61	discussions	thread
62	discussions	post
63	discussions	attachment
64	discussions	postrevision
65	toolkit	tool
66	toolkit	exercise
67	toolkit	participation
68	toolkit	toolversion
69	toolkit	answer
70	evaluation	boardmeeting
71	evaluation	tag
72	evaluation	boarddecision
73	evaluation	casestudy
74	evaluation	evaluationplan
75	evaluation	evaluationquestion
76	evaluation	historicalobjective
77	evaluation	independentevaluation
78	evaluation	indicator
79	evaluation	historicalmeasurement
80	evaluation	localitygroup
81	evaluation	highlightreport
82	evaluation	measurement
83	evaluation	objective
84	evaluation	historicalprogressentry
85	evaluation	partnercontribution
86	evaluation	partnershipboard
87	evaluation	boardmember
88	evaluation	policyevidence
89	evaluation	progressentry
90	evaluation	successcriterion
91	evaluation	lesson
92	evaluation	takeup
93	reports	report
94	reports	monthlyreportoptout
95	directory	organisationimport
96	directory	peopleimport
97	communities	communityspace
98	communities	joinrequest
99	communities	pagerevision
100	search	searchdocument
101	following	digest
102	following	digestchoice
103	following	digestitem
104	following	follow
\.


--
-- Data for Name: django_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_migrations (id, app, name, applied) FROM stdin;
1	contenttypes	0001_initial	2026-12-07 22:03:37.257345+00
2	contenttypes	0002_remove_content_type_name	2026-12-07 22:03:37.280777+00
3	auth	0001_initial	2026-12-07 22:03:37.433651+00
4	auth	0002_alter_permission_name_max_length	2026-12-07 22:03:37.45408+00
5	auth	0003_alter_user_email_max_length	2026-12-07 22:03:37.474376+00
6	auth	0004_alter_user_username_opts	2026-12-07 22:03:37.508718+00
7	auth	0005_alter_user_last_login_null	2026-12-07 22:03:37.525881+00
8	auth	0006_require_contenttypes_0002	2026-12-07 22:03:37.547855+00
9	auth	0007_alter_validators_add_error_messages	2026-12-07 22:03:37.574377+00
10	auth	0008_alter_user_username_max_length	2026-12-07 22:03:37.617733+00
11	auth	0009_alter_user_last_name_max_length	2026-12-07 22:03:37.654385+00
12	auth	0010_alter_group_name_max_length	2026-12-07 22:03:37.682317+00
13	auth	0011_update_proxy_permissions	2026-12-07 22:03:37.707254+00
14	auth	0012_alter_user_first_name_max_length	2026-12-07 22:03:37.741019+00
15	search	0001_documents	2026-12-07 22:03:37.819634+00
16	search	0002_gin_index	2026-12-07 22:03:37.854643+00
17	search	0003_access_keys	2026-12-07 22:03:37.911565+00
18	search	0004_words_whatever_their_accents	2026-12-07 22:03:37.979632+00
19	accounts	0001_initial	2026-12-07 22:03:38.242108+00
20	programmes	0001_initial	2026-12-07 22:03:38.643638+00
21	programmes	0002_stimulustag_project_narrative_and_more	2026-12-07 22:03:40.764002+00
22	programmes	0003_blank_authors	2026-12-07 22:03:41.256774+00
23	fieldtrials	0001_initial	2026-12-07 22:03:41.581159+00
24	fieldtrials	0002_option_and_draft_lead	2026-12-07 22:03:42.106292+00
25	fieldtrials	0003_trial_records	2026-12-07 22:03:45.856232+00
26	fieldtrials	0004_resource_domains	2026-12-07 22:03:45.975844+00
27	django_celery_beat	0001_initial	2026-12-07 22:03:46.036968+00
28	django_celery_beat	0002_auto_20161118_0346	2026-12-07 22:03:46.0723+00
29	django_celery_beat	0003_auto_20161209_0049	2026-12-07 22:03:46.103872+00
30	django_celery_beat	0004_auto_20170221_0000	2026-12-07 22:03:46.116997+00
31	django_celery_beat	0005_add_solarschedule_events_choices	2026-12-07 22:03:46.131858+00
32	django_celery_beat	0006_auto_20180322_0932	2026-12-07 22:03:46.69963+00
33	django_celery_beat	0007_auto_20180521_0826	2026-12-07 22:03:46.765099+00
34	django_celery_beat	0008_auto_20180914_1922	2026-12-07 22:03:46.921565+00
35	django_celery_beat	0006_auto_20180210_1226	2026-12-07 22:03:46.96035+00
36	django_celery_beat	0006_periodictask_priority	2026-12-07 22:03:47.007671+00
37	django_celery_beat	0009_periodictask_headers	2026-12-07 22:03:47.04787+00
38	django_celery_beat	0010_auto_20190429_0326	2026-12-07 22:03:47.333586+00
39	django_celery_beat	0011_auto_20190508_0153	2026-12-07 22:03:47.380789+00
40	django_celery_beat	0012_periodictask_expire_seconds	2026-12-07 22:03:47.418228+00
41	django_celery_beat	0013_auto_20200609_0727	2026-12-07 22:03:47.439123+00
42	django_celery_beat	0014_remove_clockedschedule_enabled	2026-12-07 22:03:47.457537+00
43	django_celery_beat	0015_edit_solarschedule_events_choices	2026-12-07 22:03:47.4722+00
44	django_celery_beat	0016_alter_crontabschedule_timezone	2026-12-07 22:03:47.50538+00
45	django_celery_beat	0017_alter_crontabschedule_month_of_year	2026-12-07 22:03:47.543258+00
46	django_celery_beat	0018_improve_crontab_helptext	2026-12-07 22:03:47.588994+00
47	django_celery_beat	0019_alter_periodictasks_options	2026-12-07 22:03:47.603248+00
48	fieldtrials	0005_daily_reminders_schedule	2026-12-07 22:03:47.682453+00
49	accounts	0002_notification_kinds_and_email_choices	2026-12-07 22:03:48.140795+00
50	accounts	0003_notification_emailed_at	2026-12-07 22:03:48.211684+00
51	accounts	0004_throttle_bucket	2026-12-07 22:03:48.224555+00
52	accounts	0005_form_submission	2026-12-07 22:03:48.817541+00
53	accounts	0006_invitation	2026-12-07 22:03:48.95574+00
54	accounts	0007_organisation_name_prefix_index	2026-12-07 22:03:49.052201+00
55	accounts	0008_event_scope	2026-12-07 22:03:49.559786+00
56	accounts	0009_event_scope_backfill	2026-12-07 22:03:50.19069+00
57	accounts	0010_mention_notification_kind	2026-12-07 22:03:50.348838+00
58	accounts	0011_join_notification_kinds	2026-12-07 22:03:50.526252+00
59	accounts	0012_invitation_name	2026-12-07 22:03:50.660683+00
60	accounts	0013_urn_taken_in_plain_words	2026-12-07 22:03:50.689024+00
61	accounts	0014_replaced_invitation_links	2026-12-07 22:03:50.827726+00
62	accounts	0015_membership_notification_words	2026-12-07 22:03:50.922556+00
63	accounts	0016_update_notifications	2026-12-07 22:03:51.023103+00
64	accounts	0017_monthly_report_notifications	2026-12-07 22:03:51.111094+00
65	accounts	0018_urn_digits_0_to_9	2026-12-07 22:03:51.213621+00
66	accounts	0019_import_notifications	2026-12-07 22:03:51.286904+00
67	accounts	0020_organisation_unaccented_name_index	2026-12-07 22:03:51.643352+00
68	accounts	0021_invitation_email_failure	2026-12-07 22:03:51.855751+00
69	accounts	0022_community_ended_notification_kind	2026-12-07 22:03:52.059154+00
70	accounts	0023_user_email_unique_ignoring_case	2026-12-07 22:03:52.146691+00
71	accounts	0024_update_withdrawn_or_restored_notification_kind	2026-12-07 22:03:52.177994+00
72	accounts	0025_replaced_invitation_link_email_outcome	2026-12-07 22:03:52.275893+00
73	accounts	0026_user_erased_at	2026-12-07 22:03:52.312056+00
74	accounts	0027_support_asked_notification_kind	2026-12-07 22:03:52.350262+00
75	accounts	0028_user_erased_stays_off	2026-12-07 22:03:52.573332+00
76	admin	0001_initial	2026-12-07 22:03:52.684782+00
77	admin	0002_logentry_remove_auto_add	2026-12-07 22:03:52.732594+00
78	admin	0003_logentry_add_action_flag_choices	2026-12-07 22:03:52.764451+00
79	axes	0001_initial	2026-12-07 22:03:52.78696+00
80	axes	0002_auto_20151217_2044	2026-12-07 22:03:52.905612+00
81	axes	0003_auto_20160322_0929	2026-12-07 22:03:52.931341+00
82	axes	0004_auto_20181024_1538	2026-12-07 22:03:52.946303+00
83	axes	0005_remove_accessattempt_trusted	2026-12-07 22:03:52.950943+00
84	axes	0006_remove_accesslog_trusted	2026-12-07 22:03:52.963227+00
85	axes	0007_alter_accessattempt_unique_together	2026-12-07 22:03:53.117316+00
86	axes	0008_accessfailurelog	2026-12-07 22:03:53.130484+00
87	axes	0009_add_session_hash	2026-12-07 22:03:53.136801+00
88	axes	0010_accessattemptexpiration	2026-12-07 22:03:53.146589+00
89	fieldtrials	0006_records_kit	2026-12-07 22:03:55.003591+00
90	fieldtrials	0007_monthly_update_read	2026-12-07 22:03:55.640554+00
91	fieldtrials	0008_kept_trial_records	2026-12-07 22:03:59.663029+00
92	communities	0001_initial	2026-12-07 22:04:00.623393+00
93	communities	0002_page_versions_from_one	2026-12-07 22:04:00.698291+00
94	communities	0003_join_request_withdrawn_and_left_at	2026-12-07 22:04:00.973344+00
95	communities	0004_join_request_removed_and_closed	2026-12-07 22:04:01.104903+00
96	directory	0001_organisation_import	2026-12-07 22:04:01.56482+00
97	directory	0002_stale_import_sweep	2026-12-07 22:04:01.673115+00
98	directory	0003_people_import	2026-12-07 22:04:01.737034+00
99	fieldtrials	0009_kept_updates_and_pti	2026-12-07 22:04:04.919751+00
100	fieldtrials	0010_offer_in_the_seeds_words	2026-12-07 22:04:05.153748+00
101	fieldtrials	0011_kept_community_meetings	2026-12-07 22:04:06.143467+00
102	fieldtrials	0012_pti_events_kind	2026-12-07 22:04:06.380731+00
103	fieldtrials	0013_update_rating_in_plain_words	2026-12-07 22:04:06.521066+00
104	fieldtrials	0014_risk_status_open_or_closed	2026-12-07 22:04:06.623975+00
105	fieldtrials	0015_milestone_and_open_risk_once	2026-12-07 22:04:06.985934+00
106	programmes	0004_records_kit	2026-12-07 22:04:09.207527+00
107	programmes	0005_versioned_details	2026-12-07 22:04:09.74285+00
108	programmes	0006_kept_stimuli_plural	2026-12-07 22:04:09.813133+00
109	programmes	0007_kept_workshops	2026-12-07 22:04:10.864698+00
110	programmes	0008_option_title_once_current	2026-12-07 22:04:11.04373+00
111	discussions	0001_initial	2026-12-07 22:04:11.210789+00
112	discussions	0002_threads_everywhere	2026-12-07 22:04:13.18674+00
113	discussions	0003_thread_about_update	2026-12-07 22:04:13.329887+00
114	discussions	0004_post_removed_for_officers	2026-12-07 22:04:13.391019+00
115	discussions	0005_attachment_original_name	2026-12-07 22:04:13.410296+00
116	evaluation	0001_initial	2026-12-07 22:04:19.84375+00
117	evaluation	0002_objective_agreed_in_need	2026-12-07 22:04:20.803641+00
118	evaluation	0003_kept_records	2026-12-07 22:05:07.446696+00
119	evaluation	0004_names_once_current	2026-12-07 22:05:10.832113+00
120	evaluation	0005_indicators_of_a_trial	2026-12-07 22:05:11.029303+00
121	evaluation	0006_plain_constraint_messages	2026-12-07 22:05:12.067877+00
122	evaluation	0007_indicator_name_message	2026-12-07 22:05:12.148381+00
123	evaluation	0008_theme_once_whatever_the_case	2026-12-07 22:05:12.467554+00
124	evaluation	0009_measurements_twice_a_day_withdrawn	2026-12-07 22:05:12.782261+00
125	evaluation	0010_measurement_once_a_day	2026-12-07 22:05:13.089089+00
126	fieldtrials	0016_risk_open_once_whatever_its_capitals	2026-12-07 22:05:14.455791+00
127	fieldtrials	0017_milestone_once_a_day_whatever_its_capitals	2026-12-07 22:05:17.132788+00
128	fieldtrials	0018_pti_keeps_the_state_it_was_withdrawn_from	2026-12-07 22:05:19.609866+00
129	following	0001_initial	2026-12-07 22:05:26.675715+00
130	following	0002_digest_schedule	2026-12-07 22:05:27.064155+00
131	programmes	0009_promise_tests_in_the_seeds_words	2026-12-07 22:05:28.154692+00
132	programmes	0010_plain_constraint_messages	2026-12-07 22:05:28.60134+00
133	programmes	0011_datasource_link_or_file_or_neither	2026-12-07 22:05:30.288016+00
134	programmes	0012_project_closed	2026-12-07 22:05:30.893168+00
135	programmes	0013_project_withdrawn	2026-12-07 22:05:33.670316+00
136	programmes	0014_project_title_once_current	2026-12-07 22:05:34.334704+00
137	programmes	0015_datasource_original_name	2026-12-07 22:05:34.544281+00
138	reports	0001_initial	2026-12-07 22:05:34.996164+00
139	reports	0002_monthly_schedule	2026-12-07 22:05:35.528791+00
140	reports	0003_pending_once_and_claim	2026-12-07 22:05:37.495406+00
141	reports	0004_stale_report_sweep	2026-12-07 22:05:38.270801+00
142	reports	0005_planner_random_page_cost	2026-12-07 22:05:38.556009+00
143	reports	0006_housekeeping	2026-12-07 22:05:38.924513+00
144	reports	0007_monthly_report_opt_out	2026-12-07 22:05:39.289849+00
145	reports	0008_report_covers_and_page	2026-12-07 22:05:42.10063+00
146	reports	0009_pending_once_per_period	2026-12-07 22:05:45.640251+00
147	reports	0010_monthly_report_notifications	2026-12-07 22:05:46.069436+00
148	reports	0011_report_not_made	2026-12-07 22:05:46.65032+00
149	reports	0012_report_withdrawn	2026-12-07 22:05:49.076196+00
150	reports	0013_sign_in_records_period	2026-12-07 22:05:49.772479+00
151	reports	0014_report_remade_without_erased_names	2026-12-07 22:05:51.829491+00
152	sessions	0001_initial	2026-12-07 22:05:51.907043+00
153	toolkit	0001_initial	2026-12-07 22:05:57.300047+00
154	toolkit	0002_versions_answers	2026-12-07 22:06:06.98461+00
155	toolkit	0003_participation_invitation_emailed_at	2026-12-07 22:06:07.264815+00
156	toolkit	0004_exercise_local_authority	2026-12-07 22:06:07.3862+00
\.


--
-- Data for Name: django_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.django_session (session_key, session_data, expire_date) FROM stdin;
\.


--
-- Data for Name: evaluation_boarddecision; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_boarddecision (id, text, meeting_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_boardmeeting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_boardmeeting (id, held_on, notes, board_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_boardmember; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_boardmember (id, representative, role, organisation_id, board_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_casestudy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_casestudy (id, title, summary, url, published_on, created_at, field_trial_id, programme_id, project_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_evaluationplan; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_evaluationplan (id, co_designed_with, summary, updated_at, field_trial_id, changed_at, changed_by_id, version) FROM stdin;
\.


--
-- Data for Name: evaluation_evaluationquestion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_evaluationquestion (id, question, methods, who_collects, "when", plan_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_highlightreport; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_highlightreport (id, month, text, rag, created_at, author_id, programme_id, project_id, group_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_historicalmeasurement; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_historicalmeasurement (id, measured_on, value, unit, note, created_at, history_id, history_date, history_change_reason, history_type, entered_by_id, history_user_id, indicator_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_historicalobjective; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_historicalobjective (id, number, text, created_at, history_id, history_date, history_change_reason, history_type, created_by_id, field_trial_id, history_user_id, programme_id, project_id, need_objective_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_historicalprogressentry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_historicalprogressentry (id, recorded_on, what, status, created_at, history_id, history_date, history_change_reason, history_type, history_user_id, recorded_by_id, group_id, objective_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_independentevaluation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_independentevaluation (id, evaluator, reported_on, findings, url, programme_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_indicator; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_indicator (id, strand, name, unit, direction, baseline_value, baseline_date, target_value, target_date, notes, created_at, field_trial_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_lesson; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_lesson (id, title, text, created_at, field_trial_id, programme_id, project_id, recorded_by_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_lesson_themes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_lesson_themes (id, lesson_id, tag_id) FROM stdin;
\.


--
-- Data for Name: evaluation_localitygroup; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_localitygroup (id, name, programme_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_measurement; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_measurement (id, measured_on, value, unit, note, created_at, entered_by_id, indicator_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_objective; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_objective (id, number, text, created_at, created_by_id, field_trial_id, programme_id, project_id, need_objective_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_partnercontribution; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_partnercontribution (id, what, created_at, entered_by_id, organisation_id, programme_id, project_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_partnershipboard; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_partnershipboard (id, name, purpose, chair_id, programme_id, changed_at, changed_by_id, version) FROM stdin;
\.


--
-- Data for Name: evaluation_policyevidence; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_policyevidence (id, review, given_on, what, given_by_id, programme_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_progressentry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_progressentry (id, recorded_on, what, status, created_at, group_id, objective_id, recorded_by_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_successcriterion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_successcriterion (id, text, measure, programme_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: evaluation_tag; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_tag (id, name) FROM stdin;
\.


--
-- Data for Name: evaluation_takeup; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluation_takeup (id, taken_up_on, how, case_study_id, lesson_id, organisation_id, recorded_by_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_brokeredrelationship; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_brokeredrelationship (id, with_whom, kind, state, notes, created_at, created_by_id, field_trial_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_communitymeeting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_communitymeeting (id, held_on, shared, created_at, created_by_id, community_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_communitymeeting_attended_by; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_communitymeeting_attended_by (id, communitymeeting_id, fieldtrial_id) FROM stdin;
\.


--
-- Data for Name: fieldtrials_communityofpractice; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_communityofpractice (id, name, purpose, created_at, convenor_id) FROM stdin;
\.


--
-- Data for Name: fieldtrials_communityofpractice_field_trials; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_communityofpractice_field_trials (id, communityofpractice_id, fieldtrial_id) FROM stdin;
\.


--
-- Data for Name: fieldtrials_fieldtrial; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_fieldtrial (id, title, summary, status, start_date, end_date, created_at, lead_organisation_id, local_authority_id, project_id, option_id, consultant_id, latest_rag, latest_update_month, locality, plan, status_changed_at, trigger, version) FROM stdin;
\.


--
-- Data for Name: fieldtrials_fieldtrial_participating_organisations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_fieldtrial_participating_organisations (id, fieldtrial_id, organisation_id) FROM stdin;
\.


--
-- Data for Name: fieldtrials_fieldtrial_resource_domains; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_fieldtrial_resource_domains (id, fieldtrial_id, resourcedomain_id) FROM stdin;
\.


--
-- Data for Name: fieldtrials_fieldtrialmembership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_fieldtrialmembership (id, role, field_trial_id, user_id) FROM stdin;
\.


--
-- Data for Name: fieldtrials_historicalbrokeredrelationship; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_historicalbrokeredrelationship (id, with_whom, kind, state, notes, created_at, history_id, history_date, history_change_reason, history_type, created_by_id, field_trial_id, history_user_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_historicalfieldtrial; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_historicalfieldtrial (id, title, summary, locality, trigger, plan, status, status_changed_at, start_date, end_date, latest_rag, latest_update_month, version, created_at, history_id, history_date, history_change_reason, history_type, consultant_id, history_user_id, lead_organisation_id, local_authority_id, option_id, project_id) FROM stdin;
\.


--
-- Data for Name: fieldtrials_historicalmilestone; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_historicalmilestone (id, title, due_on, completed_on, notes, created_at, history_id, history_date, history_change_reason, history_type, created_by_id, field_trial_id, history_user_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_historicalmonthlyupdate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_historicalmonthlyupdate (id, month, rag, what_happened, what_next, in_the_way, status, submitted_at, version, created_at, updated_at, history_id, history_date, history_change_reason, history_type, author_id, field_trial_id, history_user_id, read_at, read_by_id, changed_at, changed_by_id, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_historicalofferuse; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_historicalofferuse (id, element, asked_for, given, given_on, given_by, created_at, history_id, history_date, history_change_reason, history_type, created_by_id, field_trial_id, history_user_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_historicalpowertoinnovaterequest; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_historicalpowertoinnovaterequest (id, regulation, variation_sought, "case", advice, state, submitted_on, decided_on, created_at, history_id, history_date, history_change_reason, history_type, created_by_id, field_trial_id, history_user_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason, state_when_withdrawn) FROM stdin;
\.


--
-- Data for Name: fieldtrials_historicalrisk; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_historicalrisk (id, description, likelihood, impact, owner, mitigation, is_open, created_at, history_id, history_date, history_change_reason, history_type, created_by_id, field_trial_id, history_user_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_historicalsupportsession; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_historicalsupportsession (id, held_on, kind, hours, notes, created_at, history_id, history_date, history_change_reason, history_type, field_trial_id, given_by_id, history_user_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_milestone; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_milestone (id, title, due_on, completed_on, notes, created_at, created_by_id, field_trial_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason, title_key) FROM stdin;
\.


--
-- Data for Name: fieldtrials_monthlyupdate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_monthlyupdate (id, month, rag, what_happened, what_next, in_the_way, status, submitted_at, version, created_at, updated_at, author_id, field_trial_id, read_at, read_by_id, changed_at, changed_by_id, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_offeruse; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_offeruse (id, element, asked_for, given, given_on, given_by, created_at, created_by_id, field_trial_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_powertoinnovaterequest; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_powertoinnovaterequest (id, regulation, variation_sought, "case", advice, state, submitted_on, decided_on, created_at, created_by_id, field_trial_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason, state_when_withdrawn) FROM stdin;
\.


--
-- Data for Name: fieldtrials_resourcedomain; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_resourcedomain (id, code, name) FROM stdin;
1	time	The use of time
2	technology	Harnessing technology for learning
3	co_construction	Co-constructing learning with students
4	environment	The learning environment
\.


--
-- Data for Name: fieldtrials_risk; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_risk (id, description, likelihood, impact, owner, mitigation, is_open, created_at, created_by_id, field_trial_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason, description_key) FROM stdin;
\.


--
-- Data for Name: fieldtrials_supportsession; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_supportsession (id, held_on, kind, hours, notes, created_at, field_trial_id, given_by_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: fieldtrials_trialstatuschange; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fieldtrials_trialstatuschange (id, from_status, to_status, reason, created_at, actor_id, field_trial_id) FROM stdin;
\.


--
-- Data for Name: following_digest; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.following_digest (id, claimed_at, sent_at, user_id) FROM stdin;
\.


--
-- Data for Name: following_digestchoice; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.following_digestchoice (id, frequency, chosen_at, user_id) FROM stdin;
\.


--
-- Data for Name: following_digestitem; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.following_digestitem (id, digest_id, event_id, user_id) FROM stdin;
\.


--
-- Data for Name: following_follow; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.following_follow (id, created_at, community_id, field_trial_id, project_id, user_id) FROM stdin;
\.


--
-- Data for Name: programmes_assessment; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_assessment (id, in_advance_of_evidence, in_advance_of_evidence_note, not_yet_sanctioned, not_yet_sanctioned_note, aware_of_best_practice, aware_of_best_practice_note, able_practitioners, able_practitioners_note, scanning_informed, scanning_informed_note, serious_problems, serious_problems_note, user_focused, user_focused_note, promise_outcomes, promise_outcomes_note, promise_responsiveness, promise_responsiveness_note, promise_value, promise_value_note, change, distance, horizon, re_different, re_lower_cost, re_better, comment, created_at, updated_at, reviewer_id, option_id) FROM stdin;
\.


--
-- Data for Name: programmes_creativeoption; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_creativeoption (id, title, description, proposed_by, burning_platform, status, decision_reason, decided_at, created_at, created_by_id, decided_by_id, project_id, workshop_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: programmes_creativeoption_stimuli; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_creativeoption_stimuli (id, creativeoption_id, stimulus_id) FROM stdin;
\.


--
-- Data for Name: programmes_datasource; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_datasource (id, title, url, file, file_type, what_it_shows, created_at, created_by_id, project_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason, original_name) FROM stdin;
\.


--
-- Data for Name: programmes_keptstimulus; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_keptstimulus (id, why, kept_at, kept_by_id, project_id, stimulus_id) FROM stdin;
\.


--
-- Data for Name: programmes_objective; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_objective (id, text, status, created_at, created_by_id, project_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: programmes_potentialinnovator; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_potentialinnovator (id, person_name, why, created_at, created_by_id, organisation_id, project_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: programmes_problemstatement; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_problemstatement (id, kind, text, created_at, created_by_id, project_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: programmes_programme; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_programme (id, name, kind, summary, start_date, end_date, created_at, lead_organisation_id, changed_at, changed_by_id, version) FROM stdin;
\.


--
-- Data for Name: programmes_programmemembership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_programmemembership (id, role, programme_id, user_id) FROM stdin;
\.


--
-- Data for Name: programmes_project; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_project (id, title, policy_area, start_date, planned_duration_months, stage, created_at, lead_officer_id, partner_agency_id, programme_id, narrative, narrative_updated_at, narrative_updated_by_id, narrative_version, stage_entered_at, changed_at, changed_by_id, version, closed_note, closed_on, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: programmes_projectmembership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_projectmembership (id, role, project_id, user_id) FROM stdin;
\.


--
-- Data for Name: programmes_stagemove; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_stagemove (id, from_stage, to_stage, reason, overridden, unmet, created_at, actor_id, project_id) FROM stdin;
\.


--
-- Data for Name: programmes_stimulus; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_stimulus (id, title, sector, sector_other, country, summary, source_url, provocation, contacts, created_at, created_by_id) FROM stdin;
\.


--
-- Data for Name: programmes_stimulus_tags; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_stimulus_tags (id, stimulus_id, stimulustag_id) FROM stdin;
\.


--
-- Data for Name: programmes_stimulustag; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_stimulustag (id, name) FROM stdin;
\.


--
-- Data for Name: programmes_workshop; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_workshop (id, title, kind, held_on, notes, created_at, created_by_id, project_id, changed_at, changed_by_id, version, withdrawn_at, withdrawn_by_id, withdrawn_reason) FROM stdin;
\.


--
-- Data for Name: programmes_workshopparticipant; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.programmes_workshopparticipant (id, name, kind, affiliation, workshop_id) FROM stdin;
\.


--
-- Data for Name: reports_monthlyreportoptout; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reports_monthlyreportoptout (id, created_at, person_id, project_id) FROM stdin;
\.


--
-- Data for Name: reports_report; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.reports_report (id, kind, period, requested_at, state, failure_message, file, finished_at, pages, size, field_trial_id, programme_id, project_id, requested_by_id, started_at, covers_from, covers_to, page, withdrawn_at, withdrawn_by_id, withdrawn_reason, names_erased_at) FROM stdin;
\.


--
-- Data for Name: search_searchdocument; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.search_searchdocument (id, kind, object_id, programme_id, project_id, trial_id, parent_id, title, body, url, date, policy_area, theme_ids, vector, access) FROM stdin;
\.


--
-- Data for Name: toolkit_answer; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.toolkit_answer (id, question, value, updated_at, participation_id) FROM stdin;
\.


--
-- Data for Name: toolkit_exercise; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.toolkit_exercise (id, title, closes_at, created_at, facilitator_id, field_trial_id, tool_id, closed_at, concluded_at, concluded_by_id, conclusion, results_shared, workshop_id, tool_version_id, local_authority_id) FROM stdin;
\.


--
-- Data for Name: toolkit_participation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.toolkit_participation (id, invited_at, submitted_at, exercise_id, user_id, "position", invitation_emailed_at) FROM stdin;
\.


--
-- Data for Name: toolkit_tool; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.toolkit_tool (id, slug, title, subtitle, purpose, status, audience, latest_id) FROM stdin;
\.


--
-- Data for Name: toolkit_toolversion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.toolkit_toolversion (id, number, definition, checksum, source, created_at, created_by_id, tool_id) FROM stdin;
\.


--
-- Name: accounts_event_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_event_id_seq', 1, false);


--
-- Name: accounts_formsubmission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_formsubmission_id_seq', 1, false);


--
-- Name: accounts_invitation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_invitation_id_seq', 1, false);


--
-- Name: accounts_notification_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_notification_id_seq', 1, false);


--
-- Name: accounts_organisation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_organisation_id_seq', 1, false);


--
-- Name: accounts_replacedinvitationlink_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_replacedinvitationlink_id_seq', 1, false);


--
-- Name: accounts_throttlebucket_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_throttlebucket_id_seq', 1, false);


--
-- Name: accounts_user_groups_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_user_groups_id_seq', 1, false);


--
-- Name: accounts_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_user_id_seq', 1, false);


--
-- Name: accounts_user_user_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.accounts_user_user_permissions_id_seq', 1, false);


--
-- Name: auth_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_id_seq', 1, false);


--
-- Name: auth_group_permissions_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_group_permissions_id_seq', 1, false);


--
-- Name: auth_permission_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.auth_permission_id_seq', 416, true);


--
-- Name: axes_accessattempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessattempt_id_seq', 1, false);


--
-- Name: axes_accessfailurelog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accessfailurelog_id_seq', 1, false);


--
-- Name: axes_accesslog_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.axes_accesslog_id_seq', 1, false);


--
-- Name: communities_communityspace_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.communities_communityspace_id_seq', 1, false);


--
-- Name: communities_joinrequest_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.communities_joinrequest_id_seq', 1, false);


--
-- Name: communities_pagerevision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.communities_pagerevision_id_seq', 1, false);


--
-- Name: directory_organisationimport_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.directory_organisationimport_id_seq', 1, false);


--
-- Name: directory_peopleimport_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.directory_peopleimport_id_seq', 1, false);


--
-- Name: discussions_attachment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.discussions_attachment_id_seq', 1, false);


--
-- Name: discussions_post_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.discussions_post_id_seq', 1, false);


--
-- Name: discussions_postrevision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.discussions_postrevision_id_seq', 1, false);


--
-- Name: discussions_thread_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.discussions_thread_id_seq', 1, false);


--
-- Name: django_admin_log_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_admin_log_id_seq', 1, false);


--
-- Name: django_celery_beat_clockedschedule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_celery_beat_clockedschedule_id_seq', 1, false);


--
-- Name: django_celery_beat_crontabschedule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_celery_beat_crontabschedule_id_seq', 8, true);


--
-- Name: django_celery_beat_intervalschedule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_celery_beat_intervalschedule_id_seq', 1, true);


--
-- Name: django_celery_beat_periodictask_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_celery_beat_periodictask_id_seq', 10, true);


--
-- Name: django_celery_beat_solarschedule_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_celery_beat_solarschedule_id_seq', 1, false);


--
-- Name: django_content_type_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_content_type_id_seq', 104, true);


--
-- Name: django_migrations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.django_migrations_id_seq', 156, true);


--
-- Name: evaluation_boarddecision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_boarddecision_id_seq', 1, false);


--
-- Name: evaluation_boardmeeting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_boardmeeting_id_seq', 1, false);


--
-- Name: evaluation_boardmember_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_boardmember_id_seq', 1, false);


--
-- Name: evaluation_casestudy_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_casestudy_id_seq', 1, false);


--
-- Name: evaluation_evaluationplan_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_evaluationplan_id_seq', 1, false);


--
-- Name: evaluation_evaluationquestion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_evaluationquestion_id_seq', 1, false);


--
-- Name: evaluation_highlightreport_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_highlightreport_id_seq', 1, false);


--
-- Name: evaluation_historicalmeasurement_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_historicalmeasurement_history_id_seq', 1, false);


--
-- Name: evaluation_historicalobjective_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_historicalobjective_history_id_seq', 1, false);


--
-- Name: evaluation_historicalprogressentry_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_historicalprogressentry_history_id_seq', 1, false);


--
-- Name: evaluation_independentevaluation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_independentevaluation_id_seq', 1, false);


--
-- Name: evaluation_indicator_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_indicator_id_seq', 1, false);


--
-- Name: evaluation_lesson_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_lesson_id_seq', 1, false);


--
-- Name: evaluation_lesson_themes_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_lesson_themes_id_seq', 1, false);


--
-- Name: evaluation_localitygroup_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_localitygroup_id_seq', 1, false);


--
-- Name: evaluation_measurement_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_measurement_id_seq', 1, false);


--
-- Name: evaluation_objective_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_objective_id_seq', 1, false);


--
-- Name: evaluation_partnercontribution_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_partnercontribution_id_seq', 1, false);


--
-- Name: evaluation_partnershipboard_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_partnershipboard_id_seq', 1, false);


--
-- Name: evaluation_policyevidence_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_policyevidence_id_seq', 1, false);


--
-- Name: evaluation_progressentry_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_progressentry_id_seq', 1, false);


--
-- Name: evaluation_successcriterion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_successcriterion_id_seq', 1, false);


--
-- Name: evaluation_tag_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_tag_id_seq', 1, false);


--
-- Name: evaluation_takeup_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.evaluation_takeup_id_seq', 1, false);


--
-- Name: fieldtrials_brokeredrelationship_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_brokeredrelationship_id_seq', 1, false);


--
-- Name: fieldtrials_communitymeeting_attended_by_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_communitymeeting_attended_by_id_seq', 1, false);


--
-- Name: fieldtrials_communitymeeting_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_communitymeeting_id_seq', 1, false);


--
-- Name: fieldtrials_communityofpractice_field_trials_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_communityofpractice_field_trials_id_seq', 1, false);


--
-- Name: fieldtrials_communityofpractice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_communityofpractice_id_seq', 1, false);


--
-- Name: fieldtrials_fieldtrial_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_fieldtrial_id_seq', 1, false);


--
-- Name: fieldtrials_fieldtrial_participating_organisations_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_fieldtrial_participating_organisations_id_seq', 1, false);


--
-- Name: fieldtrials_fieldtrial_resource_domains_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_fieldtrial_resource_domains_id_seq', 1, false);


--
-- Name: fieldtrials_fieldtrialmembership_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_fieldtrialmembership_id_seq', 1, false);


--
-- Name: fieldtrials_historicalbrokeredrelationship_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_historicalbrokeredrelationship_history_id_seq', 1, false);


--
-- Name: fieldtrials_historicalfieldtrial_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_historicalfieldtrial_history_id_seq', 1, false);


--
-- Name: fieldtrials_historicalmilestone_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_historicalmilestone_history_id_seq', 1, false);


--
-- Name: fieldtrials_historicalmonthlyupdate_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_historicalmonthlyupdate_history_id_seq', 1, false);


--
-- Name: fieldtrials_historicalofferuse_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_historicalofferuse_history_id_seq', 1, false);


--
-- Name: fieldtrials_historicalpowertoinnovaterequest_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_historicalpowertoinnovaterequest_history_id_seq', 1, false);


--
-- Name: fieldtrials_historicalrisk_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_historicalrisk_history_id_seq', 1, false);


--
-- Name: fieldtrials_historicalsupportsession_history_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_historicalsupportsession_history_id_seq', 1, false);


--
-- Name: fieldtrials_milestone_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_milestone_id_seq', 1, false);


--
-- Name: fieldtrials_monthlyupdate_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_monthlyupdate_id_seq', 1, false);


--
-- Name: fieldtrials_offeruse_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_offeruse_id_seq', 1, false);


--
-- Name: fieldtrials_powertoinnovaterequest_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_powertoinnovaterequest_id_seq', 1, false);


--
-- Name: fieldtrials_resourcedomain_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_resourcedomain_id_seq', 4, true);


--
-- Name: fieldtrials_risk_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_risk_id_seq', 1, false);


--
-- Name: fieldtrials_supportsession_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_supportsession_id_seq', 1, false);


--
-- Name: fieldtrials_trialstatuschange_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.fieldtrials_trialstatuschange_id_seq', 1, false);


--
-- Name: following_digest_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.following_digest_id_seq', 1, false);


--
-- Name: following_digestchoice_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.following_digestchoice_id_seq', 1, false);


--
-- Name: following_digestitem_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.following_digestitem_id_seq', 1, false);


--
-- Name: following_follow_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.following_follow_id_seq', 1, false);


--
-- Name: programmes_assessment_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_assessment_id_seq', 1, false);


--
-- Name: programmes_creativeoption_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_creativeoption_id_seq', 1, false);


--
-- Name: programmes_creativeoption_stimuli_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_creativeoption_stimuli_id_seq', 1, false);


--
-- Name: programmes_datasource_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_datasource_id_seq', 1, false);


--
-- Name: programmes_keptstimulus_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_keptstimulus_id_seq', 1, false);


--
-- Name: programmes_objective_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_objective_id_seq', 1, false);


--
-- Name: programmes_potentialinnovator_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_potentialinnovator_id_seq', 1, false);


--
-- Name: programmes_problemstatement_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_problemstatement_id_seq', 1, false);


--
-- Name: programmes_programme_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_programme_id_seq', 1, false);


--
-- Name: programmes_programmemembership_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_programmemembership_id_seq', 1, false);


--
-- Name: programmes_project_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_project_id_seq', 1, false);


--
-- Name: programmes_projectmembership_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_projectmembership_id_seq', 1, false);


--
-- Name: programmes_stagemove_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_stagemove_id_seq', 1, false);


--
-- Name: programmes_stimulus_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_stimulus_id_seq', 1, false);


--
-- Name: programmes_stimulus_tags_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_stimulus_tags_id_seq', 1, false);


--
-- Name: programmes_stimulustag_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_stimulustag_id_seq', 1, false);


--
-- Name: programmes_workshop_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_workshop_id_seq', 1, false);


--
-- Name: programmes_workshopparticipant_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.programmes_workshopparticipant_id_seq', 1, false);


--
-- Name: reports_monthlyreportoptout_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reports_monthlyreportoptout_id_seq', 1, false);


--
-- Name: reports_report_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.reports_report_id_seq', 1, false);


--
-- Name: search_searchdocument_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.search_searchdocument_id_seq', 1, false);


--
-- Name: toolkit_answer_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.toolkit_answer_id_seq', 1, false);


--
-- Name: toolkit_exercise_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.toolkit_exercise_id_seq', 1, false);


--
-- Name: toolkit_participation_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.toolkit_participation_id_seq', 1, false);


--
-- Name: toolkit_tool_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.toolkit_tool_id_seq', 1, false);


--
-- Name: toolkit_toolversion_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.toolkit_toolversion_id_seq', 1, false);


--
-- Name: accounts_event accounts_event_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_event
    ADD CONSTRAINT accounts_event_pkey PRIMARY KEY (id);


--
-- Name: accounts_formsubmission accounts_formsubmission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_formsubmission
    ADD CONSTRAINT accounts_formsubmission_pkey PRIMARY KEY (id);


--
-- Name: accounts_formsubmission accounts_formsubmission_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_formsubmission
    ADD CONSTRAINT accounts_formsubmission_token_key UNIQUE (token);


--
-- Name: accounts_invitation accounts_invitation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_invitation
    ADD CONSTRAINT accounts_invitation_pkey PRIMARY KEY (id);


--
-- Name: accounts_invitation accounts_invitation_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_invitation
    ADD CONSTRAINT accounts_invitation_token_hash_key UNIQUE (token_hash);


--
-- Name: accounts_notification accounts_notification_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_notification
    ADD CONSTRAINT accounts_notification_pkey PRIMARY KEY (id);


--
-- Name: accounts_organisation accounts_organisation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_organisation
    ADD CONSTRAINT accounts_organisation_pkey PRIMARY KEY (id);


--
-- Name: accounts_replacedinvitationlink accounts_replacedinvitationlink_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_replacedinvitationlink
    ADD CONSTRAINT accounts_replacedinvitationlink_pkey PRIMARY KEY (id);


--
-- Name: accounts_replacedinvitationlink accounts_replacedinvitationlink_token_hash_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_replacedinvitationlink
    ADD CONSTRAINT accounts_replacedinvitationlink_token_hash_key UNIQUE (token_hash);


--
-- Name: accounts_throttlebucket accounts_throttlebucket_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_throttlebucket
    ADD CONSTRAINT accounts_throttlebucket_pkey PRIMARY KEY (id);


--
-- Name: accounts_user accounts_user_email_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user
    ADD CONSTRAINT accounts_user_email_key UNIQUE (email);


--
-- Name: accounts_user_groups accounts_user_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_groups
    ADD CONSTRAINT accounts_user_groups_pkey PRIMARY KEY (id);


--
-- Name: accounts_user_groups accounts_user_groups_user_id_group_id_59c0b32f_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_groups
    ADD CONSTRAINT accounts_user_groups_user_id_group_id_59c0b32f_uniq UNIQUE (user_id, group_id);


--
-- Name: accounts_user accounts_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user
    ADD CONSTRAINT accounts_user_pkey PRIMARY KEY (id);


--
-- Name: accounts_user_user_permissions accounts_user_user_permi_user_id_permission_id_2ab516c2_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_user_permissions
    ADD CONSTRAINT accounts_user_user_permi_user_id_permission_id_2ab516c2_uniq UNIQUE (user_id, permission_id);


--
-- Name: accounts_user_user_permissions accounts_user_user_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_user_permissions
    ADD CONSTRAINT accounts_user_user_permissions_pkey PRIMARY KEY (id);


--
-- Name: toolkit_answer answer_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_answer
    ADD CONSTRAINT answer_once UNIQUE (participation_id, question);


--
-- Name: auth_group auth_group_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_name_key UNIQUE (name);


--
-- Name: auth_group_permissions auth_group_permissions_group_id_permission_id_0cd325b0_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_permission_id_0cd325b0_uniq UNIQUE (group_id, permission_id);


--
-- Name: auth_group_permissions auth_group_permissions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_pkey PRIMARY KEY (id);


--
-- Name: auth_group auth_group_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group
    ADD CONSTRAINT auth_group_pkey PRIMARY KEY (id);


--
-- Name: auth_permission auth_permission_content_type_id_codename_01ab375a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_codename_01ab375a_uniq UNIQUE (content_type_id, codename);


--
-- Name: auth_permission auth_permission_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_pkey PRIMARY KEY (id);


--
-- Name: axes_accessattempt axes_accessattempt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_pkey PRIMARY KEY (id);


--
-- Name: axes_accessattempt axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattempt
    ADD CONSTRAINT axes_accessattempt_username_ip_address_user_agent_8ea22282_uniq UNIQUE (username, ip_address, user_agent);


--
-- Name: axes_accessattemptexpiration axes_accessattemptexpiration_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptexpiration_pkey PRIMARY KEY (access_attempt_id);


--
-- Name: axes_accessfailurelog axes_accessfailurelog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessfailurelog
    ADD CONSTRAINT axes_accessfailurelog_pkey PRIMARY KEY (id);


--
-- Name: axes_accesslog axes_accesslog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accesslog
    ADD CONSTRAINT axes_accesslog_pkey PRIMARY KEY (id);


--
-- Name: communities_communityspace communities_communityspace_community_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_communityspace
    ADD CONSTRAINT communities_communityspace_community_id_key UNIQUE (community_id);


--
-- Name: communities_communityspace communities_communityspace_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_communityspace
    ADD CONSTRAINT communities_communityspace_pkey PRIMARY KEY (id);


--
-- Name: communities_joinrequest communities_joinrequest_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_joinrequest
    ADD CONSTRAINT communities_joinrequest_pkey PRIMARY KEY (id);


--
-- Name: communities_pagerevision communities_pagerevision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_pagerevision
    ADD CONSTRAINT communities_pagerevision_pkey PRIMARY KEY (id);


--
-- Name: following_digestitem digest_item_once_per_event; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_digestitem
    ADD CONSTRAINT digest_item_once_per_event UNIQUE (user_id, event_id);


--
-- Name: directory_organisationimport directory_organisationimport_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.directory_organisationimport
    ADD CONSTRAINT directory_organisationimport_pkey PRIMARY KEY (id);


--
-- Name: directory_peopleimport directory_peopleimport_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.directory_peopleimport
    ADD CONSTRAINT directory_peopleimport_pkey PRIMARY KEY (id);


--
-- Name: discussions_attachment discussions_attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_attachment
    ADD CONSTRAINT discussions_attachment_pkey PRIMARY KEY (id);


--
-- Name: discussions_postrevision discussions_one_revision; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_postrevision
    ADD CONSTRAINT discussions_one_revision UNIQUE (post_id, version);


--
-- Name: discussions_post discussions_post_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_post
    ADD CONSTRAINT discussions_post_pkey PRIMARY KEY (id);


--
-- Name: discussions_postrevision discussions_postrevision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_postrevision
    ADD CONSTRAINT discussions_postrevision_pkey PRIMARY KEY (id);


--
-- Name: discussions_thread discussions_thread_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_thread
    ADD CONSTRAINT discussions_thread_pkey PRIMARY KEY (id);


--
-- Name: django_admin_log django_admin_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_pkey PRIMARY KEY (id);


--
-- Name: django_celery_beat_clockedschedule django_celery_beat_clockedschedule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_clockedschedule
    ADD CONSTRAINT django_celery_beat_clockedschedule_pkey PRIMARY KEY (id);


--
-- Name: django_celery_beat_crontabschedule django_celery_beat_crontabschedule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_crontabschedule
    ADD CONSTRAINT django_celery_beat_crontabschedule_pkey PRIMARY KEY (id);


--
-- Name: django_celery_beat_intervalschedule django_celery_beat_intervalschedule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_intervalschedule
    ADD CONSTRAINT django_celery_beat_intervalschedule_pkey PRIMARY KEY (id);


--
-- Name: django_celery_beat_periodictask django_celery_beat_periodictask_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_periodictask_name_key UNIQUE (name);


--
-- Name: django_celery_beat_periodictask django_celery_beat_periodictask_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_periodictask_pkey PRIMARY KEY (id);


--
-- Name: django_celery_beat_periodictasks django_celery_beat_periodictasks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictasks
    ADD CONSTRAINT django_celery_beat_periodictasks_pkey PRIMARY KEY (ident);


--
-- Name: django_celery_beat_solarschedule django_celery_beat_solar_event_latitude_longitude_ba64999a_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_solarschedule
    ADD CONSTRAINT django_celery_beat_solar_event_latitude_longitude_ba64999a_uniq UNIQUE (event, latitude, longitude);


--
-- Name: django_celery_beat_solarschedule django_celery_beat_solarschedule_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_solarschedule
    ADD CONSTRAINT django_celery_beat_solarschedule_pkey PRIMARY KEY (id);


--
-- Name: django_content_type django_content_type_app_label_model_76bd3d3b_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_app_label_model_76bd3d3b_uniq UNIQUE (app_label, model);


--
-- Name: django_content_type django_content_type_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_content_type
    ADD CONSTRAINT django_content_type_pkey PRIMARY KEY (id);


--
-- Name: django_migrations django_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_migrations
    ADD CONSTRAINT django_migrations_pkey PRIMARY KEY (id);


--
-- Name: django_session django_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_session
    ADD CONSTRAINT django_session_pkey PRIMARY KEY (session_key);


--
-- Name: evaluation_boarddecision evaluation_boarddecision_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boarddecision
    ADD CONSTRAINT evaluation_boarddecision_pkey PRIMARY KEY (id);


--
-- Name: evaluation_boardmeeting evaluation_boardmeeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boardmeeting
    ADD CONSTRAINT evaluation_boardmeeting_pkey PRIMARY KEY (id);


--
-- Name: evaluation_boardmember evaluation_boardmember_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boardmember
    ADD CONSTRAINT evaluation_boardmember_pkey PRIMARY KEY (id);


--
-- Name: evaluation_casestudy evaluation_casestudy_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_casestudy
    ADD CONSTRAINT evaluation_casestudy_pkey PRIMARY KEY (id);


--
-- Name: evaluation_evaluationplan evaluation_evaluationplan_field_trial_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_evaluationplan
    ADD CONSTRAINT evaluation_evaluationplan_field_trial_id_key UNIQUE (field_trial_id);


--
-- Name: evaluation_evaluationplan evaluation_evaluationplan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_evaluationplan
    ADD CONSTRAINT evaluation_evaluationplan_pkey PRIMARY KEY (id);


--
-- Name: evaluation_evaluationquestion evaluation_evaluationquestion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_evaluationquestion
    ADD CONSTRAINT evaluation_evaluationquestion_pkey PRIMARY KEY (id);


--
-- Name: evaluation_highlightreport evaluation_highlightreport_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_highlightreport
    ADD CONSTRAINT evaluation_highlightreport_pkey PRIMARY KEY (id);


--
-- Name: evaluation_historicalmeasurement evaluation_historicalmeasurement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_historicalmeasurement
    ADD CONSTRAINT evaluation_historicalmeasurement_pkey PRIMARY KEY (history_id);


--
-- Name: evaluation_historicalobjective evaluation_historicalobjective_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_historicalobjective
    ADD CONSTRAINT evaluation_historicalobjective_pkey PRIMARY KEY (history_id);


--
-- Name: evaluation_historicalprogressentry evaluation_historicalprogressentry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_historicalprogressentry
    ADD CONSTRAINT evaluation_historicalprogressentry_pkey PRIMARY KEY (history_id);


--
-- Name: evaluation_independentevaluation evaluation_independentevaluation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_independentevaluation
    ADD CONSTRAINT evaluation_independentevaluation_pkey PRIMARY KEY (id);


--
-- Name: evaluation_indicator evaluation_indicator_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_indicator
    ADD CONSTRAINT evaluation_indicator_pkey PRIMARY KEY (id);


--
-- Name: evaluation_lesson evaluation_lesson_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson
    ADD CONSTRAINT evaluation_lesson_pkey PRIMARY KEY (id);


--
-- Name: evaluation_lesson_themes evaluation_lesson_themes_lesson_id_tag_id_9b058325_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson_themes
    ADD CONSTRAINT evaluation_lesson_themes_lesson_id_tag_id_9b058325_uniq UNIQUE (lesson_id, tag_id);


--
-- Name: evaluation_lesson_themes evaluation_lesson_themes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson_themes
    ADD CONSTRAINT evaluation_lesson_themes_pkey PRIMARY KEY (id);


--
-- Name: evaluation_localitygroup evaluation_localitygroup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_localitygroup
    ADD CONSTRAINT evaluation_localitygroup_pkey PRIMARY KEY (id);


--
-- Name: evaluation_measurement evaluation_measurement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_measurement
    ADD CONSTRAINT evaluation_measurement_pkey PRIMARY KEY (id);


--
-- Name: evaluation_objective evaluation_objective_need_objective_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_objective
    ADD CONSTRAINT evaluation_objective_need_objective_id_key UNIQUE (need_objective_id);


--
-- Name: evaluation_objective evaluation_objective_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_objective
    ADD CONSTRAINT evaluation_objective_pkey PRIMARY KEY (id);


--
-- Name: evaluation_partnercontribution evaluation_partnercontribution_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnercontribution
    ADD CONSTRAINT evaluation_partnercontribution_pkey PRIMARY KEY (id);


--
-- Name: evaluation_partnershipboard evaluation_partnershipboard_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnershipboard
    ADD CONSTRAINT evaluation_partnershipboard_pkey PRIMARY KEY (id);


--
-- Name: evaluation_partnershipboard evaluation_partnershipboard_programme_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnershipboard
    ADD CONSTRAINT evaluation_partnershipboard_programme_id_key UNIQUE (programme_id);


--
-- Name: evaluation_policyevidence evaluation_policyevidence_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_policyevidence
    ADD CONSTRAINT evaluation_policyevidence_pkey PRIMARY KEY (id);


--
-- Name: evaluation_progressentry evaluation_progressentry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_progressentry
    ADD CONSTRAINT evaluation_progressentry_pkey PRIMARY KEY (id);


--
-- Name: evaluation_successcriterion evaluation_successcriterion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_successcriterion
    ADD CONSTRAINT evaluation_successcriterion_pkey PRIMARY KEY (id);


--
-- Name: evaluation_tag evaluation_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_tag
    ADD CONSTRAINT evaluation_tag_pkey PRIMARY KEY (id);


--
-- Name: evaluation_takeup evaluation_takeup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_takeup
    ADD CONSTRAINT evaluation_takeup_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_fieldtrialmembership fieldtrial_member_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrialmembership
    ADD CONSTRAINT fieldtrial_member_once UNIQUE (field_trial_id, user_id);


--
-- Name: fieldtrials_fieldtrial fieldtrial_unique_title; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial
    ADD CONSTRAINT fieldtrial_unique_title UNIQUE (project_id, title);


--
-- Name: fieldtrials_brokeredrelationship fieldtrials_brokeredrelationship_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_brokeredrelationship
    ADD CONSTRAINT fieldtrials_brokeredrelationship_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_communitymeeting_attended_by fieldtrials_communitymee_communitymeeting_id_fiel_1ed35c54_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communitymeeting_attended_by
    ADD CONSTRAINT fieldtrials_communitymee_communitymeeting_id_fiel_1ed35c54_uniq UNIQUE (communitymeeting_id, fieldtrial_id);


--
-- Name: fieldtrials_communitymeeting_attended_by fieldtrials_communitymeeting_attended_by_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communitymeeting_attended_by
    ADD CONSTRAINT fieldtrials_communitymeeting_attended_by_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_communitymeeting fieldtrials_communitymeeting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communitymeeting
    ADD CONSTRAINT fieldtrials_communitymeeting_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_communityofpractice_field_trials fieldtrials_communityofp_communityofpractice_id_f_4344c2b1_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communityofpractice_field_trials
    ADD CONSTRAINT fieldtrials_communityofp_communityofpractice_id_f_4344c2b1_uniq UNIQUE (communityofpractice_id, fieldtrial_id);


--
-- Name: fieldtrials_communityofpractice_field_trials fieldtrials_communityofpractice_field_trials_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communityofpractice_field_trials
    ADD CONSTRAINT fieldtrials_communityofpractice_field_trials_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_communityofpractice fieldtrials_communityofpractice_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communityofpractice
    ADD CONSTRAINT fieldtrials_communityofpractice_name_key UNIQUE (name);


--
-- Name: fieldtrials_communityofpractice fieldtrials_communityofpractice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communityofpractice
    ADD CONSTRAINT fieldtrials_communityofpractice_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_fieldtrial fieldtrials_fieldtrial_option_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial
    ADD CONSTRAINT fieldtrials_fieldtrial_option_id_key UNIQUE (option_id);


--
-- Name: fieldtrials_fieldtrial_participating_organisations fieldtrials_fieldtrial_p_fieldtrial_id_organisati_6c8e5093_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial_participating_organisations
    ADD CONSTRAINT fieldtrials_fieldtrial_p_fieldtrial_id_organisati_6c8e5093_uniq UNIQUE (fieldtrial_id, organisation_id);


--
-- Name: fieldtrials_fieldtrial_participating_organisations fieldtrials_fieldtrial_participating_organisations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial_participating_organisations
    ADD CONSTRAINT fieldtrials_fieldtrial_participating_organisations_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_fieldtrial fieldtrials_fieldtrial_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial
    ADD CONSTRAINT fieldtrials_fieldtrial_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_fieldtrial_resource_domains fieldtrials_fieldtrial_r_fieldtrial_id_resourcedo_d19a2035_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial_resource_domains
    ADD CONSTRAINT fieldtrials_fieldtrial_r_fieldtrial_id_resourcedo_d19a2035_uniq UNIQUE (fieldtrial_id, resourcedomain_id);


--
-- Name: fieldtrials_fieldtrial_resource_domains fieldtrials_fieldtrial_resource_domains_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial_resource_domains
    ADD CONSTRAINT fieldtrials_fieldtrial_resource_domains_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_fieldtrialmembership fieldtrials_fieldtrialmembership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrialmembership
    ADD CONSTRAINT fieldtrials_fieldtrialmembership_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_historicalbrokeredrelationship fieldtrials_historicalbrokeredrelationship_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalbrokeredrelationship
    ADD CONSTRAINT fieldtrials_historicalbrokeredrelationship_pkey PRIMARY KEY (history_id);


--
-- Name: fieldtrials_historicalfieldtrial fieldtrials_historicalfieldtrial_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalfieldtrial
    ADD CONSTRAINT fieldtrials_historicalfieldtrial_pkey PRIMARY KEY (history_id);


--
-- Name: fieldtrials_historicalmilestone fieldtrials_historicalmilestone_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalmilestone
    ADD CONSTRAINT fieldtrials_historicalmilestone_pkey PRIMARY KEY (history_id);


--
-- Name: fieldtrials_historicalmonthlyupdate fieldtrials_historicalmonthlyupdate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalmonthlyupdate
    ADD CONSTRAINT fieldtrials_historicalmonthlyupdate_pkey PRIMARY KEY (history_id);


--
-- Name: fieldtrials_historicalofferuse fieldtrials_historicalofferuse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalofferuse
    ADD CONSTRAINT fieldtrials_historicalofferuse_pkey PRIMARY KEY (history_id);


--
-- Name: fieldtrials_historicalpowertoinnovaterequest fieldtrials_historicalpowertoinnovaterequest_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalpowertoinnovaterequest
    ADD CONSTRAINT fieldtrials_historicalpowertoinnovaterequest_pkey PRIMARY KEY (history_id);


--
-- Name: fieldtrials_historicalrisk fieldtrials_historicalrisk_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalrisk
    ADD CONSTRAINT fieldtrials_historicalrisk_pkey PRIMARY KEY (history_id);


--
-- Name: fieldtrials_historicalsupportsession fieldtrials_historicalsupportsession_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalsupportsession
    ADD CONSTRAINT fieldtrials_historicalsupportsession_pkey PRIMARY KEY (history_id);


--
-- Name: fieldtrials_milestone fieldtrials_milestone_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_milestone
    ADD CONSTRAINT fieldtrials_milestone_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_monthlyupdate fieldtrials_monthlyupdate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_monthlyupdate
    ADD CONSTRAINT fieldtrials_monthlyupdate_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_offeruse fieldtrials_offeruse_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_offeruse
    ADD CONSTRAINT fieldtrials_offeruse_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_powertoinnovaterequest fieldtrials_powertoinnovaterequest_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_powertoinnovaterequest
    ADD CONSTRAINT fieldtrials_powertoinnovaterequest_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_resourcedomain fieldtrials_resourcedomain_code_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_resourcedomain
    ADD CONSTRAINT fieldtrials_resourcedomain_code_key UNIQUE (code);


--
-- Name: fieldtrials_resourcedomain fieldtrials_resourcedomain_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_resourcedomain
    ADD CONSTRAINT fieldtrials_resourcedomain_name_key UNIQUE (name);


--
-- Name: fieldtrials_resourcedomain fieldtrials_resourcedomain_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_resourcedomain
    ADD CONSTRAINT fieldtrials_resourcedomain_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_risk fieldtrials_risk_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_risk
    ADD CONSTRAINT fieldtrials_risk_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_supportsession fieldtrials_supportsession_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_supportsession
    ADD CONSTRAINT fieldtrials_supportsession_pkey PRIMARY KEY (id);


--
-- Name: fieldtrials_trialstatuschange fieldtrials_trialstatuschange_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_trialstatuschange
    ADD CONSTRAINT fieldtrials_trialstatuschange_pkey PRIMARY KEY (id);


--
-- Name: following_digest following_digest_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_digest
    ADD CONSTRAINT following_digest_pkey PRIMARY KEY (id);


--
-- Name: following_digestchoice following_digestchoice_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_digestchoice
    ADD CONSTRAINT following_digestchoice_pkey PRIMARY KEY (id);


--
-- Name: following_digestchoice following_digestchoice_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_digestchoice
    ADD CONSTRAINT following_digestchoice_user_id_key UNIQUE (user_id);


--
-- Name: following_digestitem following_digestitem_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_digestitem
    ADD CONSTRAINT following_digestitem_pkey PRIMARY KEY (id);


--
-- Name: following_follow following_follow_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_follow
    ADD CONSTRAINT following_follow_pkey PRIMARY KEY (id);


--
-- Name: programmes_assessment one_assessment_each; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_assessment
    ADD CONSTRAINT one_assessment_each UNIQUE (option_id, reviewer_id);


--
-- Name: reports_monthlyreportoptout one_monthly_report_opt_out_per_person; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_monthlyreportoptout
    ADD CONSTRAINT one_monthly_report_opt_out_per_person UNIQUE (project_id, person_id);


--
-- Name: communities_pagerevision one_revision_a_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_pagerevision
    ADD CONSTRAINT one_revision_a_version UNIQUE (space_id, version);


--
-- Name: accounts_organisation organisation_unique_name_kind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_organisation
    ADD CONSTRAINT organisation_unique_name_kind UNIQUE (name, kind);


--
-- Name: toolkit_participation participation_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_participation
    ADD CONSTRAINT participation_once UNIQUE (exercise_id, user_id);


--
-- Name: programmes_programmemembership programme_member_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_programmemembership
    ADD CONSTRAINT programme_member_once UNIQUE (programme_id, user_id);


--
-- Name: programmes_assessment programmes_assessment_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_assessment
    ADD CONSTRAINT programmes_assessment_pkey PRIMARY KEY (id);


--
-- Name: programmes_creativeoption_stimuli programmes_creativeoptio_creativeoption_id_stimul_170a50f5_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption_stimuli
    ADD CONSTRAINT programmes_creativeoptio_creativeoption_id_stimul_170a50f5_uniq UNIQUE (creativeoption_id, stimulus_id);


--
-- Name: programmes_creativeoption programmes_creativeoption_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption
    ADD CONSTRAINT programmes_creativeoption_pkey PRIMARY KEY (id);


--
-- Name: programmes_creativeoption_stimuli programmes_creativeoption_stimuli_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption_stimuli
    ADD CONSTRAINT programmes_creativeoption_stimuli_pkey PRIMARY KEY (id);


--
-- Name: programmes_datasource programmes_datasource_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_datasource
    ADD CONSTRAINT programmes_datasource_pkey PRIMARY KEY (id);


--
-- Name: programmes_keptstimulus programmes_keptstimulus_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_keptstimulus
    ADD CONSTRAINT programmes_keptstimulus_pkey PRIMARY KEY (id);


--
-- Name: programmes_objective programmes_objective_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_objective
    ADD CONSTRAINT programmes_objective_pkey PRIMARY KEY (id);


--
-- Name: programmes_potentialinnovator programmes_potentialinnovator_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_potentialinnovator
    ADD CONSTRAINT programmes_potentialinnovator_pkey PRIMARY KEY (id);


--
-- Name: programmes_problemstatement programmes_problemstatement_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_problemstatement
    ADD CONSTRAINT programmes_problemstatement_pkey PRIMARY KEY (id);


--
-- Name: programmes_programme programmes_programme_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_programme
    ADD CONSTRAINT programmes_programme_name_key UNIQUE (name);


--
-- Name: programmes_programme programmes_programme_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_programme
    ADD CONSTRAINT programmes_programme_pkey PRIMARY KEY (id);


--
-- Name: programmes_programmemembership programmes_programmemembership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_programmemembership
    ADD CONSTRAINT programmes_programmemembership_pkey PRIMARY KEY (id);


--
-- Name: programmes_project programmes_project_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_project
    ADD CONSTRAINT programmes_project_pkey PRIMARY KEY (id);


--
-- Name: programmes_projectmembership programmes_projectmembership_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_projectmembership
    ADD CONSTRAINT programmes_projectmembership_pkey PRIMARY KEY (id);


--
-- Name: programmes_stagemove programmes_stagemove_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stagemove
    ADD CONSTRAINT programmes_stagemove_pkey PRIMARY KEY (id);


--
-- Name: programmes_stimulus programmes_stimulus_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stimulus
    ADD CONSTRAINT programmes_stimulus_pkey PRIMARY KEY (id);


--
-- Name: programmes_stimulus_tags programmes_stimulus_tags_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stimulus_tags
    ADD CONSTRAINT programmes_stimulus_tags_pkey PRIMARY KEY (id);


--
-- Name: programmes_stimulus_tags programmes_stimulus_tags_stimulus_id_stimulustag__696004b2_uniq; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stimulus_tags
    ADD CONSTRAINT programmes_stimulus_tags_stimulus_id_stimulustag__696004b2_uniq UNIQUE (stimulus_id, stimulustag_id);


--
-- Name: programmes_stimulus programmes_stimulus_title_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stimulus
    ADD CONSTRAINT programmes_stimulus_title_key UNIQUE (title);


--
-- Name: programmes_stimulustag programmes_stimulustag_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stimulustag
    ADD CONSTRAINT programmes_stimulustag_name_key UNIQUE (name);


--
-- Name: programmes_stimulustag programmes_stimulustag_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stimulustag
    ADD CONSTRAINT programmes_stimulustag_pkey PRIMARY KEY (id);


--
-- Name: programmes_workshop programmes_workshop_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_workshop
    ADD CONSTRAINT programmes_workshop_pkey PRIMARY KEY (id);


--
-- Name: programmes_workshopparticipant programmes_workshopparticipant_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_workshopparticipant
    ADD CONSTRAINT programmes_workshopparticipant_pkey PRIMARY KEY (id);


--
-- Name: programmes_projectmembership project_member_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_projectmembership
    ADD CONSTRAINT project_member_once UNIQUE (project_id, user_id);


--
-- Name: reports_monthlyreportoptout reports_monthlyreportoptout_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_monthlyreportoptout
    ADD CONSTRAINT reports_monthlyreportoptout_pkey PRIMARY KEY (id);


--
-- Name: reports_report reports_report_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_report
    ADD CONSTRAINT reports_report_pkey PRIMARY KEY (id);


--
-- Name: search_searchdocument search_one_document; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_searchdocument
    ADD CONSTRAINT search_one_document UNIQUE (kind, object_id);


--
-- Name: search_searchdocument search_searchdocument_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_searchdocument
    ADD CONSTRAINT search_searchdocument_pkey PRIMARY KEY (id);


--
-- Name: programmes_keptstimulus stimulus_kept_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_keptstimulus
    ADD CONSTRAINT stimulus_kept_once UNIQUE (project_id, stimulus_id);


--
-- Name: accounts_throttlebucket throttle_bucket_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_throttlebucket
    ADD CONSTRAINT throttle_bucket_once UNIQUE (scope, key_hash);


--
-- Name: toolkit_answer toolkit_answer_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_answer
    ADD CONSTRAINT toolkit_answer_pkey PRIMARY KEY (id);


--
-- Name: toolkit_exercise toolkit_exercise_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_exercise
    ADD CONSTRAINT toolkit_exercise_pkey PRIMARY KEY (id);


--
-- Name: toolkit_participation toolkit_participation_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_participation
    ADD CONSTRAINT toolkit_participation_pkey PRIMARY KEY (id);


--
-- Name: toolkit_tool toolkit_tool_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_tool
    ADD CONSTRAINT toolkit_tool_pkey PRIMARY KEY (id);


--
-- Name: toolkit_tool toolkit_tool_slug_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_tool
    ADD CONSTRAINT toolkit_tool_slug_key UNIQUE (slug);


--
-- Name: toolkit_toolversion toolkit_toolversion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_toolversion
    ADD CONSTRAINT toolkit_toolversion_pkey PRIMARY KEY (id);


--
-- Name: toolkit_toolversion toolversion_number_once; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_toolversion
    ADD CONSTRAINT toolversion_number_once UNIQUE (tool_id, number);


--
-- Name: accounts_ev_target__63997d_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_ev_target__63997d_idx ON public.accounts_event USING btree (target_type_id, target_id, created_at DESC);


--
-- Name: accounts_event_actor_id_6f8254f4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_event_actor_id_6f8254f4 ON public.accounts_event USING btree (actor_id);


--
-- Name: accounts_event_created_at_f382f8f4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_event_created_at_f382f8f4 ON public.accounts_event USING btree (created_at);


--
-- Name: accounts_event_field_trial_id_5ecb9d39; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_event_field_trial_id_5ecb9d39 ON public.accounts_event USING btree (field_trial_id);


--
-- Name: accounts_event_programme_id_dd8e5abb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_event_programme_id_dd8e5abb ON public.accounts_event USING btree (programme_id);


--
-- Name: accounts_event_project_id_27103a3d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_event_project_id_27103a3d ON public.accounts_event USING btree (project_id);


--
-- Name: accounts_event_target_type_id_a63b56fb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_event_target_type_id_a63b56fb ON public.accounts_event USING btree (target_type_id);


--
-- Name: accounts_formsubmission_created_at_e0bdbe8c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_formsubmission_created_at_e0bdbe8c ON public.accounts_formsubmission USING btree (created_at);


--
-- Name: accounts_formsubmission_token_1ddc9795_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_formsubmission_token_1ddc9795_like ON public.accounts_formsubmission USING btree (token varchar_pattern_ops);


--
-- Name: accounts_formsubmission_user_id_3828c64c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_formsubmission_user_id_3828c64c ON public.accounts_formsubmission USING btree (user_id);


--
-- Name: accounts_invitation_accepted_by_id_ba632539; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_invitation_accepted_by_id_ba632539 ON public.accounts_invitation USING btree (accepted_by_id);


--
-- Name: accounts_invitation_field_trial_id_1b81cb50; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_invitation_field_trial_id_1b81cb50 ON public.accounts_invitation USING btree (field_trial_id);


--
-- Name: accounts_invitation_invited_by_id_94a21efc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_invitation_invited_by_id_94a21efc ON public.accounts_invitation USING btree (invited_by_id);


--
-- Name: accounts_invitation_organisation_id_b7f9480b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_invitation_organisation_id_b7f9480b ON public.accounts_invitation USING btree (organisation_id);


--
-- Name: accounts_invitation_programme_id_fce5f69a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_invitation_programme_id_fce5f69a ON public.accounts_invitation USING btree (programme_id);


--
-- Name: accounts_invitation_project_id_55ac263e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_invitation_project_id_55ac263e ON public.accounts_invitation USING btree (project_id);


--
-- Name: accounts_invitation_token_hash_3d59d75c_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_invitation_token_hash_3d59d75c_like ON public.accounts_invitation USING btree (token_hash varchar_pattern_ops);


--
-- Name: accounts_no_recipie_a8acfa_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_no_recipie_a8acfa_idx ON public.accounts_notification USING btree (recipient_id, read_at, created_at DESC);


--
-- Name: accounts_notification_recipient_id_cb6b57f5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_notification_recipient_id_cb6b57f5 ON public.accounts_notification USING btree (recipient_id);


--
-- Name: accounts_organisation_local_authority_id_1fc34b0b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_organisation_local_authority_id_1fc34b0b ON public.accounts_organisation USING btree (local_authority_id);


--
-- Name: accounts_organisation_unaccented_name_prefix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_organisation_unaccented_name_prefix ON public.accounts_organisation USING btree (upper(public.np_unaccent((name)::text)) COLLATE "C");


--
-- Name: accounts_organisation_upper_name_prefix; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_organisation_upper_name_prefix ON public.accounts_organisation USING btree (upper((name)::text) text_pattern_ops);


--
-- Name: accounts_replacedinvitationlink_invitation_id_146cbf70; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_replacedinvitationlink_invitation_id_146cbf70 ON public.accounts_replacedinvitationlink USING btree (invitation_id);


--
-- Name: accounts_replacedinvitationlink_token_hash_0a7fa3fd_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_replacedinvitationlink_token_hash_0a7fa3fd_like ON public.accounts_replacedinvitationlink USING btree (token_hash varchar_pattern_ops);


--
-- Name: accounts_th_scope_3f6997_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_th_scope_3f6997_idx ON public.accounts_throttlebucket USING btree (scope, expires_at);


--
-- Name: accounts_user_email_b2644a56_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_email_b2644a56_like ON public.accounts_user USING btree (email varchar_pattern_ops);


--
-- Name: accounts_user_email_unique_ignoring_case; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX accounts_user_email_unique_ignoring_case ON public.accounts_user USING btree (lower((email)::text));


--
-- Name: accounts_user_groups_group_id_bd11a704; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_groups_group_id_bd11a704 ON public.accounts_user_groups USING btree (group_id);


--
-- Name: accounts_user_groups_user_id_52b62117; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_groups_user_id_52b62117 ON public.accounts_user_groups USING btree (user_id);


--
-- Name: accounts_user_organisation_id_492f00a6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_organisation_id_492f00a6 ON public.accounts_user USING btree (organisation_id);


--
-- Name: accounts_user_user_permissions_permission_id_113bb443; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_user_permissions_permission_id_113bb443 ON public.accounts_user_user_permissions USING btree (permission_id);


--
-- Name: accounts_user_user_permissions_user_id_e4f0a161; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX accounts_user_user_permissions_user_id_e4f0a161 ON public.accounts_user_user_permissions USING btree (user_id);


--
-- Name: auth_group_name_a6ea08ec_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_name_a6ea08ec_like ON public.auth_group USING btree (name varchar_pattern_ops);


--
-- Name: auth_group_permissions_group_id_b120cbf9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_group_id_b120cbf9 ON public.auth_group_permissions USING btree (group_id);


--
-- Name: auth_group_permissions_permission_id_84c5c92e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_group_permissions_permission_id_84c5c92e ON public.auth_group_permissions USING btree (permission_id);


--
-- Name: auth_permission_content_type_id_2f476e4b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX auth_permission_content_type_id_2f476e4b ON public.auth_permission USING btree (content_type_id);


--
-- Name: axes_accessattempt_ip_address_10922d9c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_ip_address_10922d9c ON public.axes_accessattempt USING btree (ip_address);


--
-- Name: axes_accessattempt_user_agent_ad89678b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b ON public.axes_accessattempt USING btree (user_agent);


--
-- Name: axes_accessattempt_user_agent_ad89678b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_user_agent_ad89678b_like ON public.axes_accessattempt USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessattempt_username_3f2d4ca0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0 ON public.axes_accessattempt USING btree (username);


--
-- Name: axes_accessattempt_username_3f2d4ca0_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessattempt_username_3f2d4ca0_like ON public.axes_accessattempt USING btree (username varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_ip_address_2e9f5a7f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_ip_address_2e9f5a7f ON public.axes_accessfailurelog USING btree (ip_address);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda ON public.axes_accessfailurelog USING btree (user_agent);


--
-- Name: axes_accessfailurelog_user_agent_ea145dda_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_user_agent_ea145dda_like ON public.axes_accessfailurelog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4 ON public.axes_accessfailurelog USING btree (username);


--
-- Name: axes_accessfailurelog_username_a8b7e8a4_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accessfailurelog_username_a8b7e8a4_like ON public.axes_accessfailurelog USING btree (username varchar_pattern_ops);


--
-- Name: axes_accesslog_ip_address_86b417e5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_ip_address_86b417e5 ON public.axes_accesslog USING btree (ip_address);


--
-- Name: axes_accesslog_user_agent_0e659004; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004 ON public.axes_accesslog USING btree (user_agent);


--
-- Name: axes_accesslog_user_agent_0e659004_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_user_agent_0e659004_like ON public.axes_accesslog USING btree (user_agent varchar_pattern_ops);


--
-- Name: axes_accesslog_username_df93064b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b ON public.axes_accesslog USING btree (username);


--
-- Name: axes_accesslog_username_df93064b_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX axes_accesslog_username_df93064b_like ON public.axes_accesslog USING btree (username varchar_pattern_ops);


--
-- Name: board_member_once; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX board_member_once ON public.evaluation_boardmember USING btree (board_id, organisation_id) WHERE (withdrawn_at IS NULL);


--
-- Name: communities_communityspace_changed_by_id_f09eabc6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX communities_communityspace_changed_by_id_f09eabc6 ON public.communities_communityspace USING btree (changed_by_id);


--
-- Name: communities_joinrequest_community_id_53356008; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX communities_joinrequest_community_id_53356008 ON public.communities_joinrequest USING btree (community_id);


--
-- Name: communities_joinrequest_decided_by_id_22d6bcb5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX communities_joinrequest_decided_by_id_22d6bcb5 ON public.communities_joinrequest USING btree (decided_by_id);


--
-- Name: communities_joinrequest_user_id_544151b2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX communities_joinrequest_user_id_544151b2 ON public.communities_joinrequest USING btree (user_id);


--
-- Name: communities_pagerevision_edited_by_id_185a3875; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX communities_pagerevision_edited_by_id_185a3875 ON public.communities_pagerevision USING btree (edited_by_id);


--
-- Name: communities_pagerevision_space_id_9d9f55d8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX communities_pagerevision_space_id_9d9f55d8 ON public.communities_pagerevision USING btree (space_id);


--
-- Name: communities_user_id_91ca4e_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX communities_user_id_91ca4e_idx ON public.communities_joinrequest USING btree (user_id, status);


--
-- Name: digest_user_recent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX digest_user_recent ON public.following_digest USING btree (user_id, claimed_at DESC);


--
-- Name: directory_organisationimport_confirmed_by_id_9ca1b4ee; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX directory_organisationimport_confirmed_by_id_9ca1b4ee ON public.directory_organisationimport USING btree (confirmed_by_id);


--
-- Name: directory_organisationimport_requested_by_id_bed6c9ea; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX directory_organisationimport_requested_by_id_bed6c9ea ON public.directory_organisationimport USING btree (requested_by_id);


--
-- Name: directory_peopleimport_confirmed_by_id_242bd34c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX directory_peopleimport_confirmed_by_id_242bd34c ON public.directory_peopleimport USING btree (confirmed_by_id);


--
-- Name: directory_peopleimport_programme_id_0f53db60; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX directory_peopleimport_programme_id_0f53db60 ON public.directory_peopleimport USING btree (programme_id);


--
-- Name: directory_peopleimport_requested_by_id_bcf35395; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX directory_peopleimport_requested_by_id_bcf35395 ON public.directory_peopleimport USING btree (requested_by_id);


--
-- Name: discussions_attachment_post_id_17bc5b09; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_attachment_post_id_17bc5b09 ON public.discussions_attachment USING btree (post_id);


--
-- Name: discussions_community_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_community_idx ON public.discussions_thread USING btree (community_id, last_posted_at DESC);


--
-- Name: discussions_field_t_27b7d3_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_field_t_27b7d3_idx ON public.discussions_thread USING btree (field_trial_id, last_posted_at DESC);


--
-- Name: discussions_option_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_option_idx ON public.discussions_thread USING btree (option_id, last_posted_at DESC);


--
-- Name: discussions_post_author_id_a44af7e2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_post_author_id_a44af7e2 ON public.discussions_post USING btree (author_id);


--
-- Name: discussions_post_changed_by_id_bbb7af12; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_post_changed_by_id_bbb7af12 ON public.discussions_post USING btree (changed_by_id);


--
-- Name: discussions_post_thread_id_9f04802e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_post_thread_id_9f04802e ON public.discussions_post USING btree (thread_id);


--
-- Name: discussions_post_withdrawn_by_id_a556d865; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_post_withdrawn_by_id_a556d865 ON public.discussions_post USING btree (withdrawn_by_id);


--
-- Name: discussions_postrevision_post_id_d68f5e15; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_postrevision_post_id_d68f5e15 ON public.discussions_postrevision USING btree (post_id);


--
-- Name: discussions_postrevision_replaced_by_id_c7249c70; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_postrevision_replaced_by_id_c7249c70 ON public.discussions_postrevision USING btree (replaced_by_id);


--
-- Name: discussions_project_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_project_idx ON public.discussions_thread USING btree (project_id, last_posted_at DESC);


--
-- Name: discussions_thread_community_id_83a81e66; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_thread_community_id_83a81e66 ON public.discussions_thread USING btree (community_id);


--
-- Name: discussions_thread_created_by_id_cddd5e6f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_thread_created_by_id_cddd5e6f ON public.discussions_thread USING btree (created_by_id);


--
-- Name: discussions_thread_field_trial_id_020365be; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_thread_field_trial_id_020365be ON public.discussions_thread USING btree (field_trial_id);


--
-- Name: discussions_thread_monthly_update_id_e7bca818; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_thread_monthly_update_id_e7bca818 ON public.discussions_thread USING btree (monthly_update_id);


--
-- Name: discussions_thread_option_id_20a81551; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_thread_option_id_20a81551 ON public.discussions_thread USING btree (option_id);


--
-- Name: discussions_thread_project_id_5c5c9846; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX discussions_thread_project_id_5c5c9846 ON public.discussions_thread USING btree (project_id);


--
-- Name: django_admin_log_content_type_id_c4bce8eb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_content_type_id_c4bce8eb ON public.django_admin_log USING btree (content_type_id);


--
-- Name: django_admin_log_user_id_c564eba6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_admin_log_user_id_c564eba6 ON public.django_admin_log USING btree (user_id);


--
-- Name: django_celery_beat_periodictask_clocked_id_47a69f82; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_celery_beat_periodictask_clocked_id_47a69f82 ON public.django_celery_beat_periodictask USING btree (clocked_id);


--
-- Name: django_celery_beat_periodictask_crontab_id_d3cba168; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_celery_beat_periodictask_crontab_id_d3cba168 ON public.django_celery_beat_periodictask USING btree (crontab_id);


--
-- Name: django_celery_beat_periodictask_interval_id_a8ca27da; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_celery_beat_periodictask_interval_id_a8ca27da ON public.django_celery_beat_periodictask USING btree (interval_id);


--
-- Name: django_celery_beat_periodictask_name_265a36b7_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_celery_beat_periodictask_name_265a36b7_like ON public.django_celery_beat_periodictask USING btree (name varchar_pattern_ops);


--
-- Name: django_celery_beat_periodictask_solar_id_a87ce72c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_celery_beat_periodictask_solar_id_a87ce72c ON public.django_celery_beat_periodictask USING btree (solar_id);


--
-- Name: django_session_expire_date_a5c62663; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_expire_date_a5c62663 ON public.django_session USING btree (expire_date);


--
-- Name: django_session_session_key_c0390e0f_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX django_session_session_key_c0390e0f_like ON public.django_session USING btree (session_key varchar_pattern_ops);


--
-- Name: evaluation_boarddecision_changed_by_id_f780dea3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_boarddecision_changed_by_id_f780dea3 ON public.evaluation_boarddecision USING btree (changed_by_id);


--
-- Name: evaluation_boarddecision_meeting_id_d3a11fe6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_boarddecision_meeting_id_d3a11fe6 ON public.evaluation_boarddecision USING btree (meeting_id);


--
-- Name: evaluation_boarddecision_withdrawn_by_id_4602fc69; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_boarddecision_withdrawn_by_id_4602fc69 ON public.evaluation_boarddecision USING btree (withdrawn_by_id);


--
-- Name: evaluation_boardmeeting_board_id_56f4f39d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_boardmeeting_board_id_56f4f39d ON public.evaluation_boardmeeting USING btree (board_id);


--
-- Name: evaluation_boardmeeting_changed_by_id_9223ab17; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_boardmeeting_changed_by_id_9223ab17 ON public.evaluation_boardmeeting USING btree (changed_by_id);


--
-- Name: evaluation_boardmeeting_withdrawn_by_id_36c48f1c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_boardmeeting_withdrawn_by_id_36c48f1c ON public.evaluation_boardmeeting USING btree (withdrawn_by_id);


--
-- Name: evaluation_boardmember_board_id_1ee0cba5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_boardmember_board_id_1ee0cba5 ON public.evaluation_boardmember USING btree (board_id);


--
-- Name: evaluation_boardmember_changed_by_id_ddaa2fe8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_boardmember_changed_by_id_ddaa2fe8 ON public.evaluation_boardmember USING btree (changed_by_id);


--
-- Name: evaluation_boardmember_organisation_id_b0ebe76d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_boardmember_organisation_id_b0ebe76d ON public.evaluation_boardmember USING btree (organisation_id);


--
-- Name: evaluation_boardmember_withdrawn_by_id_0dad0297; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_boardmember_withdrawn_by_id_0dad0297 ON public.evaluation_boardmember USING btree (withdrawn_by_id);


--
-- Name: evaluation_casestudy_changed_by_id_fa2a29c3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_casestudy_changed_by_id_fa2a29c3 ON public.evaluation_casestudy USING btree (changed_by_id);


--
-- Name: evaluation_casestudy_field_trial_id_11e5ea71; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_casestudy_field_trial_id_11e5ea71 ON public.evaluation_casestudy USING btree (field_trial_id);


--
-- Name: evaluation_casestudy_programme_id_1785e2e6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_casestudy_programme_id_1785e2e6 ON public.evaluation_casestudy USING btree (programme_id);


--
-- Name: evaluation_casestudy_project_id_85e6c69d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_casestudy_project_id_85e6c69d ON public.evaluation_casestudy USING btree (project_id);


--
-- Name: evaluation_casestudy_withdrawn_by_id_a3371993; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_casestudy_withdrawn_by_id_a3371993 ON public.evaluation_casestudy USING btree (withdrawn_by_id);


--
-- Name: evaluation_evaluationplan_changed_by_id_f2c2443d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_evaluationplan_changed_by_id_f2c2443d ON public.evaluation_evaluationplan USING btree (changed_by_id);


--
-- Name: evaluation_evaluationquestion_changed_by_id_c9f02c37; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_evaluationquestion_changed_by_id_c9f02c37 ON public.evaluation_evaluationquestion USING btree (changed_by_id);


--
-- Name: evaluation_evaluationquestion_plan_id_4cfe586e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_evaluationquestion_plan_id_4cfe586e ON public.evaluation_evaluationquestion USING btree (plan_id);


--
-- Name: evaluation_evaluationquestion_withdrawn_by_id_10baa12b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_evaluationquestion_withdrawn_by_id_10baa12b ON public.evaluation_evaluationquestion USING btree (withdrawn_by_id);


--
-- Name: evaluation_highlightreport_author_id_ec6c2ac3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_highlightreport_author_id_ec6c2ac3 ON public.evaluation_highlightreport USING btree (author_id);


--
-- Name: evaluation_highlightreport_changed_by_id_a5835a1d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_highlightreport_changed_by_id_a5835a1d ON public.evaluation_highlightreport USING btree (changed_by_id);


--
-- Name: evaluation_highlightreport_group_id_fab62c7f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_highlightreport_group_id_fab62c7f ON public.evaluation_highlightreport USING btree (group_id);


--
-- Name: evaluation_highlightreport_programme_id_44408f97; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_highlightreport_programme_id_44408f97 ON public.evaluation_highlightreport USING btree (programme_id);


--
-- Name: evaluation_highlightreport_project_id_1e967034; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_highlightreport_project_id_1e967034 ON public.evaluation_highlightreport USING btree (project_id);


--
-- Name: evaluation_highlightreport_withdrawn_by_id_881bd37e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_highlightreport_withdrawn_by_id_881bd37e ON public.evaluation_highlightreport USING btree (withdrawn_by_id);


--
-- Name: evaluation_historicalmeasurement_changed_by_id_95297eba; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalmeasurement_changed_by_id_95297eba ON public.evaluation_historicalmeasurement USING btree (changed_by_id);


--
-- Name: evaluation_historicalmeasurement_entered_by_id_2aea3e32; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalmeasurement_entered_by_id_2aea3e32 ON public.evaluation_historicalmeasurement USING btree (entered_by_id);


--
-- Name: evaluation_historicalmeasurement_history_date_1a6cd96c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalmeasurement_history_date_1a6cd96c ON public.evaluation_historicalmeasurement USING btree (history_date);


--
-- Name: evaluation_historicalmeasurement_history_user_id_810d84b0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalmeasurement_history_user_id_810d84b0 ON public.evaluation_historicalmeasurement USING btree (history_user_id);


--
-- Name: evaluation_historicalmeasurement_id_17ef9cb3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalmeasurement_id_17ef9cb3 ON public.evaluation_historicalmeasurement USING btree (id);


--
-- Name: evaluation_historicalmeasurement_indicator_id_1cdf5980; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalmeasurement_indicator_id_1cdf5980 ON public.evaluation_historicalmeasurement USING btree (indicator_id);


--
-- Name: evaluation_historicalmeasurement_withdrawn_by_id_84181ea4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalmeasurement_withdrawn_by_id_84181ea4 ON public.evaluation_historicalmeasurement USING btree (withdrawn_by_id);


--
-- Name: evaluation_historicalobjective_changed_by_id_121bae27; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalobjective_changed_by_id_121bae27 ON public.evaluation_historicalobjective USING btree (changed_by_id);


--
-- Name: evaluation_historicalobjective_created_by_id_a48dc59b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalobjective_created_by_id_a48dc59b ON public.evaluation_historicalobjective USING btree (created_by_id);


--
-- Name: evaluation_historicalobjective_field_trial_id_5f23e834; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalobjective_field_trial_id_5f23e834 ON public.evaluation_historicalobjective USING btree (field_trial_id);


--
-- Name: evaluation_historicalobjective_history_date_236da3dc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalobjective_history_date_236da3dc ON public.evaluation_historicalobjective USING btree (history_date);


--
-- Name: evaluation_historicalobjective_history_user_id_d608422e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalobjective_history_user_id_d608422e ON public.evaluation_historicalobjective USING btree (history_user_id);


--
-- Name: evaluation_historicalobjective_id_f76b7b0f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalobjective_id_f76b7b0f ON public.evaluation_historicalobjective USING btree (id);


--
-- Name: evaluation_historicalobjective_need_objective_id_fc0e1cec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalobjective_need_objective_id_fc0e1cec ON public.evaluation_historicalobjective USING btree (need_objective_id);


--
-- Name: evaluation_historicalobjective_programme_id_af7a532b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalobjective_programme_id_af7a532b ON public.evaluation_historicalobjective USING btree (programme_id);


--
-- Name: evaluation_historicalobjective_project_id_5cd6bd53; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalobjective_project_id_5cd6bd53 ON public.evaluation_historicalobjective USING btree (project_id);


--
-- Name: evaluation_historicalobjective_withdrawn_by_id_bac9563d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalobjective_withdrawn_by_id_bac9563d ON public.evaluation_historicalobjective USING btree (withdrawn_by_id);


--
-- Name: evaluation_historicalprogressentry_changed_by_id_4b18521e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalprogressentry_changed_by_id_4b18521e ON public.evaluation_historicalprogressentry USING btree (changed_by_id);


--
-- Name: evaluation_historicalprogressentry_group_id_e4cf398e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalprogressentry_group_id_e4cf398e ON public.evaluation_historicalprogressentry USING btree (group_id);


--
-- Name: evaluation_historicalprogressentry_history_date_d2d194bc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalprogressentry_history_date_d2d194bc ON public.evaluation_historicalprogressentry USING btree (history_date);


--
-- Name: evaluation_historicalprogressentry_history_user_id_7ac16cfd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalprogressentry_history_user_id_7ac16cfd ON public.evaluation_historicalprogressentry USING btree (history_user_id);


--
-- Name: evaluation_historicalprogressentry_id_2a58273d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalprogressentry_id_2a58273d ON public.evaluation_historicalprogressentry USING btree (id);


--
-- Name: evaluation_historicalprogressentry_objective_id_7385b1b9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalprogressentry_objective_id_7385b1b9 ON public.evaluation_historicalprogressentry USING btree (objective_id);


--
-- Name: evaluation_historicalprogressentry_recorded_by_id_6e9c9e3e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalprogressentry_recorded_by_id_6e9c9e3e ON public.evaluation_historicalprogressentry USING btree (recorded_by_id);


--
-- Name: evaluation_historicalprogressentry_withdrawn_by_id_520ae89a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_historicalprogressentry_withdrawn_by_id_520ae89a ON public.evaluation_historicalprogressentry USING btree (withdrawn_by_id);


--
-- Name: evaluation_independentevaluation_changed_by_id_cab126e4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_independentevaluation_changed_by_id_cab126e4 ON public.evaluation_independentevaluation USING btree (changed_by_id);


--
-- Name: evaluation_independentevaluation_programme_id_32224159; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_independentevaluation_programme_id_32224159 ON public.evaluation_independentevaluation USING btree (programme_id);


--
-- Name: evaluation_independentevaluation_withdrawn_by_id_7fb80c54; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_independentevaluation_withdrawn_by_id_7fb80c54 ON public.evaluation_independentevaluation USING btree (withdrawn_by_id);


--
-- Name: evaluation_indicator_changed_by_id_15516fec; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_indicator_changed_by_id_15516fec ON public.evaluation_indicator USING btree (changed_by_id);


--
-- Name: evaluation_indicator_field_trial_id_a5c68b3b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_indicator_field_trial_id_a5c68b3b ON public.evaluation_indicator USING btree (field_trial_id);


--
-- Name: evaluation_indicator_withdrawn_by_id_82132489; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_indicator_withdrawn_by_id_82132489 ON public.evaluation_indicator USING btree (withdrawn_by_id);


--
-- Name: evaluation_lesson_changed_by_id_c4cd13eb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_lesson_changed_by_id_c4cd13eb ON public.evaluation_lesson USING btree (changed_by_id);


--
-- Name: evaluation_lesson_field_trial_id_2195ee62; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_lesson_field_trial_id_2195ee62 ON public.evaluation_lesson USING btree (field_trial_id);


--
-- Name: evaluation_lesson_programme_id_b3f35092; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_lesson_programme_id_b3f35092 ON public.evaluation_lesson USING btree (programme_id);


--
-- Name: evaluation_lesson_project_id_14f976de; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_lesson_project_id_14f976de ON public.evaluation_lesson USING btree (project_id);


--
-- Name: evaluation_lesson_recorded_by_id_cadbaa49; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_lesson_recorded_by_id_cadbaa49 ON public.evaluation_lesson USING btree (recorded_by_id);


--
-- Name: evaluation_lesson_themes_lesson_id_daa1edce; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_lesson_themes_lesson_id_daa1edce ON public.evaluation_lesson_themes USING btree (lesson_id);


--
-- Name: evaluation_lesson_themes_tag_id_01e9e690; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_lesson_themes_tag_id_01e9e690 ON public.evaluation_lesson_themes USING btree (tag_id);


--
-- Name: evaluation_lesson_withdrawn_by_id_74c21427; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_lesson_withdrawn_by_id_74c21427 ON public.evaluation_lesson USING btree (withdrawn_by_id);


--
-- Name: evaluation_localitygroup_changed_by_id_f0286dd2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_localitygroup_changed_by_id_f0286dd2 ON public.evaluation_localitygroup USING btree (changed_by_id);


--
-- Name: evaluation_localitygroup_programme_id_b9d4860e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_localitygroup_programme_id_b9d4860e ON public.evaluation_localitygroup USING btree (programme_id);


--
-- Name: evaluation_localitygroup_withdrawn_by_id_657c219c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_localitygroup_withdrawn_by_id_657c219c ON public.evaluation_localitygroup USING btree (withdrawn_by_id);


--
-- Name: evaluation_measurement_changed_by_id_2a621c76; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_measurement_changed_by_id_2a621c76 ON public.evaluation_measurement USING btree (changed_by_id);


--
-- Name: evaluation_measurement_entered_by_id_af41d106; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_measurement_entered_by_id_af41d106 ON public.evaluation_measurement USING btree (entered_by_id);


--
-- Name: evaluation_measurement_indicator_id_2c454ece; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_measurement_indicator_id_2c454ece ON public.evaluation_measurement USING btree (indicator_id);


--
-- Name: evaluation_measurement_withdrawn_by_id_c5cda55c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_measurement_withdrawn_by_id_c5cda55c ON public.evaluation_measurement USING btree (withdrawn_by_id);


--
-- Name: evaluation_objective_changed_by_id_41f5b3f9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_objective_changed_by_id_41f5b3f9 ON public.evaluation_objective USING btree (changed_by_id);


--
-- Name: evaluation_objective_created_by_id_4a98caf5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_objective_created_by_id_4a98caf5 ON public.evaluation_objective USING btree (created_by_id);


--
-- Name: evaluation_objective_field_trial_id_27af6133; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_objective_field_trial_id_27af6133 ON public.evaluation_objective USING btree (field_trial_id);


--
-- Name: evaluation_objective_programme_id_0d150cdb; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_objective_programme_id_0d150cdb ON public.evaluation_objective USING btree (programme_id);


--
-- Name: evaluation_objective_project_id_85b16db4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_objective_project_id_85b16db4 ON public.evaluation_objective USING btree (project_id);


--
-- Name: evaluation_objective_withdrawn_by_id_418b18c9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_objective_withdrawn_by_id_418b18c9 ON public.evaluation_objective USING btree (withdrawn_by_id);


--
-- Name: evaluation_partnercontribution_changed_by_id_1782b032; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_partnercontribution_changed_by_id_1782b032 ON public.evaluation_partnercontribution USING btree (changed_by_id);


--
-- Name: evaluation_partnercontribution_entered_by_id_7dda21fd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_partnercontribution_entered_by_id_7dda21fd ON public.evaluation_partnercontribution USING btree (entered_by_id);


--
-- Name: evaluation_partnercontribution_organisation_id_1fc0146e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_partnercontribution_organisation_id_1fc0146e ON public.evaluation_partnercontribution USING btree (organisation_id);


--
-- Name: evaluation_partnercontribution_programme_id_a9306f89; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_partnercontribution_programme_id_a9306f89 ON public.evaluation_partnercontribution USING btree (programme_id);


--
-- Name: evaluation_partnercontribution_project_id_edafd6a4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_partnercontribution_project_id_edafd6a4 ON public.evaluation_partnercontribution USING btree (project_id);


--
-- Name: evaluation_partnercontribution_withdrawn_by_id_d852e1f2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_partnercontribution_withdrawn_by_id_d852e1f2 ON public.evaluation_partnercontribution USING btree (withdrawn_by_id);


--
-- Name: evaluation_partnershipboard_chair_id_dffc0f1b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_partnershipboard_chair_id_dffc0f1b ON public.evaluation_partnershipboard USING btree (chair_id);


--
-- Name: evaluation_partnershipboard_changed_by_id_9cc10a25; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_partnershipboard_changed_by_id_9cc10a25 ON public.evaluation_partnershipboard USING btree (changed_by_id);


--
-- Name: evaluation_policyevidence_changed_by_id_42d3b313; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_policyevidence_changed_by_id_42d3b313 ON public.evaluation_policyevidence USING btree (changed_by_id);


--
-- Name: evaluation_policyevidence_given_by_id_83d3975b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_policyevidence_given_by_id_83d3975b ON public.evaluation_policyevidence USING btree (given_by_id);


--
-- Name: evaluation_policyevidence_programme_id_dbd643d5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_policyevidence_programme_id_dbd643d5 ON public.evaluation_policyevidence USING btree (programme_id);


--
-- Name: evaluation_policyevidence_withdrawn_by_id_3e8a67df; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_policyevidence_withdrawn_by_id_3e8a67df ON public.evaluation_policyevidence USING btree (withdrawn_by_id);


--
-- Name: evaluation_progressentry_changed_by_id_94963d78; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_progressentry_changed_by_id_94963d78 ON public.evaluation_progressentry USING btree (changed_by_id);


--
-- Name: evaluation_progressentry_group_id_07eab140; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_progressentry_group_id_07eab140 ON public.evaluation_progressentry USING btree (group_id);


--
-- Name: evaluation_progressentry_objective_id_0f2c6952; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_progressentry_objective_id_0f2c6952 ON public.evaluation_progressentry USING btree (objective_id);


--
-- Name: evaluation_progressentry_recorded_by_id_0e41d94a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_progressentry_recorded_by_id_0e41d94a ON public.evaluation_progressentry USING btree (recorded_by_id);


--
-- Name: evaluation_progressentry_withdrawn_by_id_79d2924f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_progressentry_withdrawn_by_id_79d2924f ON public.evaluation_progressentry USING btree (withdrawn_by_id);


--
-- Name: evaluation_successcriterion_changed_by_id_95bdd0a5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_successcriterion_changed_by_id_95bdd0a5 ON public.evaluation_successcriterion USING btree (changed_by_id);


--
-- Name: evaluation_successcriterion_programme_id_d05ccc4d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_successcriterion_programme_id_d05ccc4d ON public.evaluation_successcriterion USING btree (programme_id);


--
-- Name: evaluation_successcriterion_withdrawn_by_id_0a9e56e9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_successcriterion_withdrawn_by_id_0a9e56e9 ON public.evaluation_successcriterion USING btree (withdrawn_by_id);


--
-- Name: evaluation_takeup_case_study_id_badb1f0c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_takeup_case_study_id_badb1f0c ON public.evaluation_takeup USING btree (case_study_id);


--
-- Name: evaluation_takeup_changed_by_id_b867cd8e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_takeup_changed_by_id_b867cd8e ON public.evaluation_takeup USING btree (changed_by_id);


--
-- Name: evaluation_takeup_lesson_id_863b9a3e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_takeup_lesson_id_863b9a3e ON public.evaluation_takeup USING btree (lesson_id);


--
-- Name: evaluation_takeup_organisation_id_3d4ca186; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_takeup_organisation_id_3d4ca186 ON public.evaluation_takeup USING btree (organisation_id);


--
-- Name: evaluation_takeup_recorded_by_id_05576c4d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_takeup_recorded_by_id_05576c4d ON public.evaluation_takeup USING btree (recorded_by_id);


--
-- Name: evaluation_takeup_withdrawn_by_id_7520172b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evaluation_takeup_withdrawn_by_id_7520172b ON public.evaluation_takeup USING btree (withdrawn_by_id);


--
-- Name: event_programme_recent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_programme_recent ON public.accounts_event USING btree (programme_id, created_at DESC);


--
-- Name: event_project_recent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_project_recent ON public.accounts_event USING btree (project_id, created_at DESC);


--
-- Name: event_trial_recent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_trial_recent ON public.accounts_event USING btree (field_trial_id, created_at DESC);


--
-- Name: fieldtrials_brokeredrelationship_changed_by_id_9ae7f98f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_brokeredrelationship_changed_by_id_9ae7f98f ON public.fieldtrials_brokeredrelationship USING btree (changed_by_id);


--
-- Name: fieldtrials_brokeredrelationship_created_by_id_7bb964c5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_brokeredrelationship_created_by_id_7bb964c5 ON public.fieldtrials_brokeredrelationship USING btree (created_by_id);


--
-- Name: fieldtrials_brokeredrelationship_field_trial_id_d3a85a38; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_brokeredrelationship_field_trial_id_d3a85a38 ON public.fieldtrials_brokeredrelationship USING btree (field_trial_id);


--
-- Name: fieldtrials_brokeredrelationship_withdrawn_by_id_d2b6684a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_brokeredrelationship_withdrawn_by_id_d2b6684a ON public.fieldtrials_brokeredrelationship USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_communitymeeti_communitymeeting_id_28b81cac; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_communitymeeti_communitymeeting_id_28b81cac ON public.fieldtrials_communitymeeting_attended_by USING btree (communitymeeting_id);


--
-- Name: fieldtrials_communitymeeting_attended_by_fieldtrial_id_f9458d3f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_communitymeeting_attended_by_fieldtrial_id_f9458d3f ON public.fieldtrials_communitymeeting_attended_by USING btree (fieldtrial_id);


--
-- Name: fieldtrials_communitymeeting_changed_by_id_6199970d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_communitymeeting_changed_by_id_6199970d ON public.fieldtrials_communitymeeting USING btree (changed_by_id);


--
-- Name: fieldtrials_communitymeeting_community_id_3d986ee9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_communitymeeting_community_id_3d986ee9 ON public.fieldtrials_communitymeeting USING btree (community_id);


--
-- Name: fieldtrials_communitymeeting_created_by_id_994175c3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_communitymeeting_created_by_id_994175c3 ON public.fieldtrials_communitymeeting USING btree (created_by_id);


--
-- Name: fieldtrials_communitymeeting_withdrawn_by_id_1d3abcd7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_communitymeeting_withdrawn_by_id_1d3abcd7 ON public.fieldtrials_communitymeeting USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_communityofpra_communityofpractice_id_38fb3685; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_communityofpra_communityofpractice_id_38fb3685 ON public.fieldtrials_communityofpractice_field_trials USING btree (communityofpractice_id);


--
-- Name: fieldtrials_communityofpra_fieldtrial_id_315e3543; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_communityofpra_fieldtrial_id_315e3543 ON public.fieldtrials_communityofpractice_field_trials USING btree (fieldtrial_id);


--
-- Name: fieldtrials_communityofpractice_convenor_id_c9a74169; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_communityofpractice_convenor_id_c9a74169 ON public.fieldtrials_communityofpractice USING btree (convenor_id);


--
-- Name: fieldtrials_communityofpractice_name_d34506da_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_communityofpractice_name_d34506da_like ON public.fieldtrials_communityofpractice USING btree (name varchar_pattern_ops);


--
-- Name: fieldtrials_field_t_33f5ea_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_field_t_33f5ea_idx ON public.fieldtrials_offeruse USING btree (field_trial_id, element);


--
-- Name: fieldtrials_field_t_6de34e_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_field_t_6de34e_idx ON public.fieldtrials_supportsession USING btree (field_trial_id, held_on);


--
-- Name: fieldtrials_field_t_bc64cc_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_field_t_bc64cc_idx ON public.fieldtrials_milestone USING btree (field_trial_id, completed_on, due_on);


--
-- Name: fieldtrials_fieldtrial_consultant_id_5dbca740; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_fieldtrial_consultant_id_5dbca740 ON public.fieldtrials_fieldtrial USING btree (consultant_id);


--
-- Name: fieldtrials_fieldtrial_lead_organisation_id_e5c6ec3c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_fieldtrial_lead_organisation_id_e5c6ec3c ON public.fieldtrials_fieldtrial USING btree (lead_organisation_id);


--
-- Name: fieldtrials_fieldtrial_local_authority_id_91f7b075; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_fieldtrial_local_authority_id_91f7b075 ON public.fieldtrials_fieldtrial USING btree (local_authority_id);


--
-- Name: fieldtrials_fieldtrial_par_fieldtrial_id_5a7e1fe8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_fieldtrial_par_fieldtrial_id_5a7e1fe8 ON public.fieldtrials_fieldtrial_participating_organisations USING btree (fieldtrial_id);


--
-- Name: fieldtrials_fieldtrial_par_organisation_id_dd5ebee8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_fieldtrial_par_organisation_id_dd5ebee8 ON public.fieldtrials_fieldtrial_participating_organisations USING btree (organisation_id);


--
-- Name: fieldtrials_fieldtrial_project_id_f0706d1e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_fieldtrial_project_id_f0706d1e ON public.fieldtrials_fieldtrial USING btree (project_id);


--
-- Name: fieldtrials_fieldtrial_res_resourcedomain_id_e2fe4369; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_fieldtrial_res_resourcedomain_id_e2fe4369 ON public.fieldtrials_fieldtrial_resource_domains USING btree (resourcedomain_id);


--
-- Name: fieldtrials_fieldtrial_resource_domains_fieldtrial_id_cfabf6f0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_fieldtrial_resource_domains_fieldtrial_id_cfabf6f0 ON public.fieldtrials_fieldtrial_resource_domains USING btree (fieldtrial_id);


--
-- Name: fieldtrials_fieldtrialmembership_field_trial_id_f03a0664; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_fieldtrialmembership_field_trial_id_f03a0664 ON public.fieldtrials_fieldtrialmembership USING btree (field_trial_id);


--
-- Name: fieldtrials_fieldtrialmembership_user_id_26537990; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_fieldtrialmembership_user_id_26537990 ON public.fieldtrials_fieldtrialmembership USING btree (user_id);


--
-- Name: fieldtrials_historicalbrok_changed_by_id_168389c3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalbrok_changed_by_id_168389c3 ON public.fieldtrials_historicalbrokeredrelationship USING btree (changed_by_id);


--
-- Name: fieldtrials_historicalbrok_created_by_id_cd6f58ed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalbrok_created_by_id_cd6f58ed ON public.fieldtrials_historicalbrokeredrelationship USING btree (created_by_id);


--
-- Name: fieldtrials_historicalbrok_field_trial_id_e646fc45; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalbrok_field_trial_id_e646fc45 ON public.fieldtrials_historicalbrokeredrelationship USING btree (field_trial_id);


--
-- Name: fieldtrials_historicalbrok_history_date_3a3d0b56; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalbrok_history_date_3a3d0b56 ON public.fieldtrials_historicalbrokeredrelationship USING btree (history_date);


--
-- Name: fieldtrials_historicalbrok_history_user_id_cb3668ae; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalbrok_history_user_id_cb3668ae ON public.fieldtrials_historicalbrokeredrelationship USING btree (history_user_id);


--
-- Name: fieldtrials_historicalbrok_withdrawn_by_id_0699e68d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalbrok_withdrawn_by_id_0699e68d ON public.fieldtrials_historicalbrokeredrelationship USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_historicalbrokeredrelationship_id_61cdc868; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalbrokeredrelationship_id_61cdc868 ON public.fieldtrials_historicalbrokeredrelationship USING btree (id);


--
-- Name: fieldtrials_historicalfieldtrial_consultant_id_45cc712c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalfieldtrial_consultant_id_45cc712c ON public.fieldtrials_historicalfieldtrial USING btree (consultant_id);


--
-- Name: fieldtrials_historicalfieldtrial_history_date_d130ed52; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalfieldtrial_history_date_d130ed52 ON public.fieldtrials_historicalfieldtrial USING btree (history_date);


--
-- Name: fieldtrials_historicalfieldtrial_history_user_id_e24b54a8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalfieldtrial_history_user_id_e24b54a8 ON public.fieldtrials_historicalfieldtrial USING btree (history_user_id);


--
-- Name: fieldtrials_historicalfieldtrial_id_f976e27c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalfieldtrial_id_f976e27c ON public.fieldtrials_historicalfieldtrial USING btree (id);


--
-- Name: fieldtrials_historicalfieldtrial_lead_organisation_id_fd2781be; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalfieldtrial_lead_organisation_id_fd2781be ON public.fieldtrials_historicalfieldtrial USING btree (lead_organisation_id);


--
-- Name: fieldtrials_historicalfieldtrial_local_authority_id_207da53e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalfieldtrial_local_authority_id_207da53e ON public.fieldtrials_historicalfieldtrial USING btree (local_authority_id);


--
-- Name: fieldtrials_historicalfieldtrial_option_id_67369191; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalfieldtrial_option_id_67369191 ON public.fieldtrials_historicalfieldtrial USING btree (option_id);


--
-- Name: fieldtrials_historicalfieldtrial_project_id_23081147; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalfieldtrial_project_id_23081147 ON public.fieldtrials_historicalfieldtrial USING btree (project_id);


--
-- Name: fieldtrials_historicalmilestone_changed_by_id_3b89123e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmilestone_changed_by_id_3b89123e ON public.fieldtrials_historicalmilestone USING btree (changed_by_id);


--
-- Name: fieldtrials_historicalmilestone_created_by_id_b7db5ee2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmilestone_created_by_id_b7db5ee2 ON public.fieldtrials_historicalmilestone USING btree (created_by_id);


--
-- Name: fieldtrials_historicalmilestone_field_trial_id_48fe9767; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmilestone_field_trial_id_48fe9767 ON public.fieldtrials_historicalmilestone USING btree (field_trial_id);


--
-- Name: fieldtrials_historicalmilestone_history_date_adcd5ad2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmilestone_history_date_adcd5ad2 ON public.fieldtrials_historicalmilestone USING btree (history_date);


--
-- Name: fieldtrials_historicalmilestone_history_user_id_9dea7516; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmilestone_history_user_id_9dea7516 ON public.fieldtrials_historicalmilestone USING btree (history_user_id);


--
-- Name: fieldtrials_historicalmilestone_id_2742a0c3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmilestone_id_2742a0c3 ON public.fieldtrials_historicalmilestone USING btree (id);


--
-- Name: fieldtrials_historicalmilestone_withdrawn_by_id_dee403d1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmilestone_withdrawn_by_id_dee403d1 ON public.fieldtrials_historicalmilestone USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_historicalmonthlyupdate_author_id_bb8caec4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmonthlyupdate_author_id_bb8caec4 ON public.fieldtrials_historicalmonthlyupdate USING btree (author_id);


--
-- Name: fieldtrials_historicalmonthlyupdate_changed_by_id_b34c3030; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmonthlyupdate_changed_by_id_b34c3030 ON public.fieldtrials_historicalmonthlyupdate USING btree (changed_by_id);


--
-- Name: fieldtrials_historicalmonthlyupdate_field_trial_id_2db1db65; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmonthlyupdate_field_trial_id_2db1db65 ON public.fieldtrials_historicalmonthlyupdate USING btree (field_trial_id);


--
-- Name: fieldtrials_historicalmonthlyupdate_history_date_02e9ee8d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmonthlyupdate_history_date_02e9ee8d ON public.fieldtrials_historicalmonthlyupdate USING btree (history_date);


--
-- Name: fieldtrials_historicalmonthlyupdate_history_user_id_0e2e04e9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmonthlyupdate_history_user_id_0e2e04e9 ON public.fieldtrials_historicalmonthlyupdate USING btree (history_user_id);


--
-- Name: fieldtrials_historicalmonthlyupdate_id_3fb3d1d4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmonthlyupdate_id_3fb3d1d4 ON public.fieldtrials_historicalmonthlyupdate USING btree (id);


--
-- Name: fieldtrials_historicalmonthlyupdate_read_by_id_db2d521b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmonthlyupdate_read_by_id_db2d521b ON public.fieldtrials_historicalmonthlyupdate USING btree (read_by_id);


--
-- Name: fieldtrials_historicalmonthlyupdate_withdrawn_by_id_0ca63ef1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalmonthlyupdate_withdrawn_by_id_0ca63ef1 ON public.fieldtrials_historicalmonthlyupdate USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_historicalofferuse_changed_by_id_8c881f6f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalofferuse_changed_by_id_8c881f6f ON public.fieldtrials_historicalofferuse USING btree (changed_by_id);


--
-- Name: fieldtrials_historicalofferuse_created_by_id_a50636c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalofferuse_created_by_id_a50636c0 ON public.fieldtrials_historicalofferuse USING btree (created_by_id);


--
-- Name: fieldtrials_historicalofferuse_field_trial_id_f1b72976; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalofferuse_field_trial_id_f1b72976 ON public.fieldtrials_historicalofferuse USING btree (field_trial_id);


--
-- Name: fieldtrials_historicalofferuse_history_date_8a921726; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalofferuse_history_date_8a921726 ON public.fieldtrials_historicalofferuse USING btree (history_date);


--
-- Name: fieldtrials_historicalofferuse_history_user_id_245e86a3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalofferuse_history_user_id_245e86a3 ON public.fieldtrials_historicalofferuse USING btree (history_user_id);


--
-- Name: fieldtrials_historicalofferuse_id_2a86dc36; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalofferuse_id_2a86dc36 ON public.fieldtrials_historicalofferuse USING btree (id);


--
-- Name: fieldtrials_historicalofferuse_withdrawn_by_id_44f9b719; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalofferuse_withdrawn_by_id_44f9b719 ON public.fieldtrials_historicalofferuse USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_historicalpowe_changed_by_id_9360593e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalpowe_changed_by_id_9360593e ON public.fieldtrials_historicalpowertoinnovaterequest USING btree (changed_by_id);


--
-- Name: fieldtrials_historicalpowe_created_by_id_dbb94e28; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalpowe_created_by_id_dbb94e28 ON public.fieldtrials_historicalpowertoinnovaterequest USING btree (created_by_id);


--
-- Name: fieldtrials_historicalpowe_field_trial_id_93bcc849; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalpowe_field_trial_id_93bcc849 ON public.fieldtrials_historicalpowertoinnovaterequest USING btree (field_trial_id);


--
-- Name: fieldtrials_historicalpowe_history_date_a087f72a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalpowe_history_date_a087f72a ON public.fieldtrials_historicalpowertoinnovaterequest USING btree (history_date);


--
-- Name: fieldtrials_historicalpowe_history_user_id_24ebcfff; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalpowe_history_user_id_24ebcfff ON public.fieldtrials_historicalpowertoinnovaterequest USING btree (history_user_id);


--
-- Name: fieldtrials_historicalpowe_withdrawn_by_id_031591d7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalpowe_withdrawn_by_id_031591d7 ON public.fieldtrials_historicalpowertoinnovaterequest USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_historicalpowertoinnovaterequest_id_c520c9f0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalpowertoinnovaterequest_id_c520c9f0 ON public.fieldtrials_historicalpowertoinnovaterequest USING btree (id);


--
-- Name: fieldtrials_historicalrisk_changed_by_id_b68fc80c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalrisk_changed_by_id_b68fc80c ON public.fieldtrials_historicalrisk USING btree (changed_by_id);


--
-- Name: fieldtrials_historicalrisk_created_by_id_4130ac3a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalrisk_created_by_id_4130ac3a ON public.fieldtrials_historicalrisk USING btree (created_by_id);


--
-- Name: fieldtrials_historicalrisk_field_trial_id_7e3e9633; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalrisk_field_trial_id_7e3e9633 ON public.fieldtrials_historicalrisk USING btree (field_trial_id);


--
-- Name: fieldtrials_historicalrisk_history_date_e1b716a0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalrisk_history_date_e1b716a0 ON public.fieldtrials_historicalrisk USING btree (history_date);


--
-- Name: fieldtrials_historicalrisk_history_user_id_3b791f73; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalrisk_history_user_id_3b791f73 ON public.fieldtrials_historicalrisk USING btree (history_user_id);


--
-- Name: fieldtrials_historicalrisk_id_bfd8fa0b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalrisk_id_bfd8fa0b ON public.fieldtrials_historicalrisk USING btree (id);


--
-- Name: fieldtrials_historicalrisk_withdrawn_by_id_c22984b9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalrisk_withdrawn_by_id_c22984b9 ON public.fieldtrials_historicalrisk USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_historicalsupportsession_changed_by_id_c0eee88f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalsupportsession_changed_by_id_c0eee88f ON public.fieldtrials_historicalsupportsession USING btree (changed_by_id);


--
-- Name: fieldtrials_historicalsupportsession_field_trial_id_5d6f1584; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalsupportsession_field_trial_id_5d6f1584 ON public.fieldtrials_historicalsupportsession USING btree (field_trial_id);


--
-- Name: fieldtrials_historicalsupportsession_given_by_id_c35379ee; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalsupportsession_given_by_id_c35379ee ON public.fieldtrials_historicalsupportsession USING btree (given_by_id);


--
-- Name: fieldtrials_historicalsupportsession_history_date_e541bd1d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalsupportsession_history_date_e541bd1d ON public.fieldtrials_historicalsupportsession USING btree (history_date);


--
-- Name: fieldtrials_historicalsupportsession_history_user_id_60c8ea58; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalsupportsession_history_user_id_60c8ea58 ON public.fieldtrials_historicalsupportsession USING btree (history_user_id);


--
-- Name: fieldtrials_historicalsupportsession_id_a67cbca2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalsupportsession_id_a67cbca2 ON public.fieldtrials_historicalsupportsession USING btree (id);


--
-- Name: fieldtrials_historicalsupportsession_withdrawn_by_id_e2fae71f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_historicalsupportsession_withdrawn_by_id_e2fae71f ON public.fieldtrials_historicalsupportsession USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_latest__3d7d42_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_latest__3d7d42_idx ON public.fieldtrials_fieldtrial USING btree (latest_rag);


--
-- Name: fieldtrials_milestone_changed_by_id_395f8710; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_milestone_changed_by_id_395f8710 ON public.fieldtrials_milestone USING btree (changed_by_id);


--
-- Name: fieldtrials_milestone_created_by_id_f8a7bd19; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_milestone_created_by_id_f8a7bd19 ON public.fieldtrials_milestone USING btree (created_by_id);


--
-- Name: fieldtrials_milestone_field_trial_id_5c6d6da7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_milestone_field_trial_id_5c6d6da7 ON public.fieldtrials_milestone USING btree (field_trial_id);


--
-- Name: fieldtrials_milestone_withdrawn_by_id_47f9adc9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_milestone_withdrawn_by_id_47f9adc9 ON public.fieldtrials_milestone USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_monthlyupdate_author_id_c286b472; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_monthlyupdate_author_id_c286b472 ON public.fieldtrials_monthlyupdate USING btree (author_id);


--
-- Name: fieldtrials_monthlyupdate_changed_by_id_33a241c7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_monthlyupdate_changed_by_id_33a241c7 ON public.fieldtrials_monthlyupdate USING btree (changed_by_id);


--
-- Name: fieldtrials_monthlyupdate_field_trial_id_cec77cf5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_monthlyupdate_field_trial_id_cec77cf5 ON public.fieldtrials_monthlyupdate USING btree (field_trial_id);


--
-- Name: fieldtrials_monthlyupdate_read_by_id_24d4bece; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_monthlyupdate_read_by_id_24d4bece ON public.fieldtrials_monthlyupdate USING btree (read_by_id);


--
-- Name: fieldtrials_monthlyupdate_withdrawn_by_id_6ab9bb9e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_monthlyupdate_withdrawn_by_id_6ab9bb9e ON public.fieldtrials_monthlyupdate USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_offeruse_changed_by_id_ef627183; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_offeruse_changed_by_id_ef627183 ON public.fieldtrials_offeruse USING btree (changed_by_id);


--
-- Name: fieldtrials_offeruse_created_by_id_bedbb6fe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_offeruse_created_by_id_bedbb6fe ON public.fieldtrials_offeruse USING btree (created_by_id);


--
-- Name: fieldtrials_offeruse_field_trial_id_9759dc0a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_offeruse_field_trial_id_9759dc0a ON public.fieldtrials_offeruse USING btree (field_trial_id);


--
-- Name: fieldtrials_offeruse_withdrawn_by_id_fc8df758; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_offeruse_withdrawn_by_id_fc8df758 ON public.fieldtrials_offeruse USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_powertoinnovaterequest_changed_by_id_7cd0d586; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_powertoinnovaterequest_changed_by_id_7cd0d586 ON public.fieldtrials_powertoinnovaterequest USING btree (changed_by_id);


--
-- Name: fieldtrials_powertoinnovaterequest_created_by_id_845ae085; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_powertoinnovaterequest_created_by_id_845ae085 ON public.fieldtrials_powertoinnovaterequest USING btree (created_by_id);


--
-- Name: fieldtrials_powertoinnovaterequest_field_trial_id_28ec8dbf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_powertoinnovaterequest_field_trial_id_28ec8dbf ON public.fieldtrials_powertoinnovaterequest USING btree (field_trial_id);


--
-- Name: fieldtrials_powertoinnovaterequest_withdrawn_by_id_07aa51b9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_powertoinnovaterequest_withdrawn_by_id_07aa51b9 ON public.fieldtrials_powertoinnovaterequest USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_resourcedomain_code_45828926_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_resourcedomain_code_45828926_like ON public.fieldtrials_resourcedomain USING btree (code varchar_pattern_ops);


--
-- Name: fieldtrials_resourcedomain_name_b38b24a7_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_resourcedomain_name_b38b24a7_like ON public.fieldtrials_resourcedomain USING btree (name varchar_pattern_ops);


--
-- Name: fieldtrials_risk_changed_by_id_742e55c8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_risk_changed_by_id_742e55c8 ON public.fieldtrials_risk USING btree (changed_by_id);


--
-- Name: fieldtrials_risk_created_by_id_a5731ba4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_risk_created_by_id_a5731ba4 ON public.fieldtrials_risk USING btree (created_by_id);


--
-- Name: fieldtrials_risk_field_trial_id_0260d4db; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_risk_field_trial_id_0260d4db ON public.fieldtrials_risk USING btree (field_trial_id);


--
-- Name: fieldtrials_risk_withdrawn_by_id_9c93ebd6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_risk_withdrawn_by_id_9c93ebd6 ON public.fieldtrials_risk USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_state_e52a30_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_state_e52a30_idx ON public.fieldtrials_powertoinnovaterequest USING btree (state);


--
-- Name: fieldtrials_status_2945ee_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_status_2945ee_idx ON public.fieldtrials_fieldtrial USING btree (status, title);


--
-- Name: fieldtrials_supportsession_changed_by_id_e80ffd36; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_supportsession_changed_by_id_e80ffd36 ON public.fieldtrials_supportsession USING btree (changed_by_id);


--
-- Name: fieldtrials_supportsession_field_trial_id_340044d6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_supportsession_field_trial_id_340044d6 ON public.fieldtrials_supportsession USING btree (field_trial_id);


--
-- Name: fieldtrials_supportsession_given_by_id_f083bb6c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_supportsession_given_by_id_f083bb6c ON public.fieldtrials_supportsession USING btree (given_by_id);


--
-- Name: fieldtrials_supportsession_withdrawn_by_id_99cf94d7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_supportsession_withdrawn_by_id_99cf94d7 ON public.fieldtrials_supportsession USING btree (withdrawn_by_id);


--
-- Name: fieldtrials_trialstatuschange_actor_id_5919d5d2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_trialstatuschange_actor_id_5919d5d2 ON public.fieldtrials_trialstatuschange USING btree (actor_id);


--
-- Name: fieldtrials_trialstatuschange_field_trial_id_a5b52f03; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fieldtrials_trialstatuschange_field_trial_id_a5b52f03 ON public.fieldtrials_trialstatuschange USING btree (field_trial_id);


--
-- Name: follow_once_per_community; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX follow_once_per_community ON public.following_follow USING btree (user_id, community_id) WHERE (community_id IS NOT NULL);


--
-- Name: follow_once_per_field_trial; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX follow_once_per_field_trial ON public.following_follow USING btree (user_id, field_trial_id) WHERE (field_trial_id IS NOT NULL);


--
-- Name: follow_once_per_project; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX follow_once_per_project ON public.following_follow USING btree (user_id, project_id) WHERE (project_id IS NOT NULL);


--
-- Name: following_digest_user_id_4b00d1af; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX following_digest_user_id_4b00d1af ON public.following_digest USING btree (user_id);


--
-- Name: following_digestitem_digest_id_4dbe5c38; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX following_digestitem_digest_id_4dbe5c38 ON public.following_digestitem USING btree (digest_id);


--
-- Name: following_digestitem_event_id_d588a72e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX following_digestitem_event_id_d588a72e ON public.following_digestitem USING btree (event_id);


--
-- Name: following_digestitem_user_id_53c67f33; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX following_digestitem_user_id_53c67f33 ON public.following_digestitem USING btree (user_id);


--
-- Name: following_follow_community_id_adbe0101; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX following_follow_community_id_adbe0101 ON public.following_follow USING btree (community_id);


--
-- Name: following_follow_field_trial_id_3274370d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX following_follow_field_trial_id_3274370d ON public.following_follow USING btree (field_trial_id);


--
-- Name: following_follow_project_id_252d03da; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX following_follow_project_id_252d03da ON public.following_follow USING btree (project_id);


--
-- Name: following_follow_user_id_8efc77f1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX following_follow_user_id_8efc77f1 ON public.following_follow USING btree (user_id);


--
-- Name: indicator_unique_name; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX indicator_unique_name ON public.evaluation_indicator USING btree (field_trial_id, name) WHERE (withdrawn_at IS NULL);


--
-- Name: invitation_pending_once_field_trial; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX invitation_pending_once_field_trial ON public.accounts_invitation USING btree (email, field_trial_id) WHERE ((state)::text = 'pending'::text);


--
-- Name: invitation_pending_once_programme; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX invitation_pending_once_programme ON public.accounts_invitation USING btree (email, programme_id) WHERE ((state)::text = 'pending'::text);


--
-- Name: invitation_pending_once_project; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX invitation_pending_once_project ON public.accounts_invitation USING btree (email, project_id) WHERE ((state)::text = 'pending'::text);


--
-- Name: locality_group_once; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX locality_group_once ON public.evaluation_localitygroup USING btree (programme_id, name) WHERE (withdrawn_at IS NULL);


--
-- Name: measurement_once_a_day; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX measurement_once_a_day ON public.evaluation_measurement USING btree (indicator_id, measured_on) WHERE (withdrawn_at IS NULL);


--
-- Name: milestone_once_a_day; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX milestone_once_a_day ON public.fieldtrials_milestone USING btree (field_trial_id, title_key, due_on) WHERE (withdrawn_at IS NULL);


--
-- Name: notification_once_per_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX notification_once_per_key ON public.accounts_notification USING btree (recipient_id, kind, key) WHERE (NOT ((key)::text = ''::text));


--
-- Name: one_live_join_request; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_live_join_request ON public.communities_joinrequest USING btree (community_id, user_id) WHERE ((status)::text = ANY ((ARRAY['pending'::character varying, 'approved'::character varying])::text[]));


--
-- Name: one_monthly_report_a_month; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_monthly_report_a_month ON public.reports_report USING btree (project_id, period) WHERE ((kind)::text = 'monthly'::text);


--
-- Name: one_organisation_import_at_a_time; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_organisation_import_at_a_time ON public.directory_organisationimport USING btree (state) WHERE ((state)::text = 'importing'::text);


--
-- Name: one_pending_report_per_person_period_and_field_trial; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_pending_report_per_person_period_and_field_trial ON public.reports_report USING btree (field_trial_id, requested_by_id, covers_from, covers_to) WHERE (((kind)::text = 'on_request'::text) AND ((state)::text = 'preparing'::text));


--
-- Name: one_pending_report_per_person_period_and_programme; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_pending_report_per_person_period_and_programme ON public.reports_report USING btree (programme_id, requested_by_id, covers_from, covers_to) WHERE (((kind)::text = 'on_request'::text) AND ((state)::text = 'preparing'::text));


--
-- Name: one_pending_report_per_person_period_and_project; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_pending_report_per_person_period_and_project ON public.reports_report USING btree (project_id, requested_by_id, covers_from, covers_to) WHERE (((kind)::text = 'on_request'::text) AND ((state)::text = 'preparing'::text));


--
-- Name: one_update_a_month; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX one_update_a_month ON public.fieldtrials_monthlyupdate USING btree (field_trial_id, month) WHERE (withdrawn_at IS NULL);


--
-- Name: option_unique_title; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX option_unique_title ON public.programmes_creativeoption USING btree (project_id, title) WHERE (withdrawn_at IS NULL);


--
-- Name: organisation_unique_urn; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX organisation_unique_urn ON public.accounts_organisation USING btree (urn) WHERE (NOT ((urn)::text = ''::text));


--
-- Name: programmes__project_0f2431_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes__project_0f2431_idx ON public.programmes_stagemove USING btree (project_id, created_at);


--
-- Name: programmes__project_a13672_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes__project_a13672_idx ON public.programmes_creativeoption USING btree (project_id, status);


--
-- Name: programmes_assessment_option_id_eb18e7dc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_assessment_option_id_eb18e7dc ON public.programmes_assessment USING btree (option_id);


--
-- Name: programmes_assessment_reviewer_id_4b4ec038; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_assessment_reviewer_id_4b4ec038 ON public.programmes_assessment USING btree (reviewer_id);


--
-- Name: programmes_creativeoption_changed_by_id_7b914440; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_creativeoption_changed_by_id_7b914440 ON public.programmes_creativeoption USING btree (changed_by_id);


--
-- Name: programmes_creativeoption_created_by_id_a0bc492a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_creativeoption_created_by_id_a0bc492a ON public.programmes_creativeoption USING btree (created_by_id);


--
-- Name: programmes_creativeoption_decided_by_id_04725903; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_creativeoption_decided_by_id_04725903 ON public.programmes_creativeoption USING btree (decided_by_id);


--
-- Name: programmes_creativeoption_project_id_811f351e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_creativeoption_project_id_811f351e ON public.programmes_creativeoption USING btree (project_id);


--
-- Name: programmes_creativeoption_stimuli_creativeoption_id_e545d00f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_creativeoption_stimuli_creativeoption_id_e545d00f ON public.programmes_creativeoption_stimuli USING btree (creativeoption_id);


--
-- Name: programmes_creativeoption_stimuli_stimulus_id_8150dd71; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_creativeoption_stimuli_stimulus_id_8150dd71 ON public.programmes_creativeoption_stimuli USING btree (stimulus_id);


--
-- Name: programmes_creativeoption_withdrawn_by_id_083d9b74; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_creativeoption_withdrawn_by_id_083d9b74 ON public.programmes_creativeoption USING btree (withdrawn_by_id);


--
-- Name: programmes_creativeoption_workshop_id_385ef9a8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_creativeoption_workshop_id_385ef9a8 ON public.programmes_creativeoption USING btree (workshop_id);


--
-- Name: programmes_datasource_changed_by_id_ef3e48aa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_datasource_changed_by_id_ef3e48aa ON public.programmes_datasource USING btree (changed_by_id);


--
-- Name: programmes_datasource_created_by_id_2d265267; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_datasource_created_by_id_2d265267 ON public.programmes_datasource USING btree (created_by_id);


--
-- Name: programmes_datasource_project_id_0252112f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_datasource_project_id_0252112f ON public.programmes_datasource USING btree (project_id);


--
-- Name: programmes_datasource_withdrawn_by_id_803a59bf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_datasource_withdrawn_by_id_803a59bf ON public.programmes_datasource USING btree (withdrawn_by_id);


--
-- Name: programmes_keptstimulus_kept_by_id_87c56c87; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_keptstimulus_kept_by_id_87c56c87 ON public.programmes_keptstimulus USING btree (kept_by_id);


--
-- Name: programmes_keptstimulus_project_id_4f7fb8fe; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_keptstimulus_project_id_4f7fb8fe ON public.programmes_keptstimulus USING btree (project_id);


--
-- Name: programmes_keptstimulus_stimulus_id_9c6a247f; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_keptstimulus_stimulus_id_9c6a247f ON public.programmes_keptstimulus USING btree (stimulus_id);


--
-- Name: programmes_objective_changed_by_id_bc3de352; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_objective_changed_by_id_bc3de352 ON public.programmes_objective USING btree (changed_by_id);


--
-- Name: programmes_objective_created_by_id_40488fd5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_objective_created_by_id_40488fd5 ON public.programmes_objective USING btree (created_by_id);


--
-- Name: programmes_objective_project_id_cad53be5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_objective_project_id_cad53be5 ON public.programmes_objective USING btree (project_id);


--
-- Name: programmes_objective_withdrawn_by_id_df091fc1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_objective_withdrawn_by_id_df091fc1 ON public.programmes_objective USING btree (withdrawn_by_id);


--
-- Name: programmes_potentialinnovator_changed_by_id_c7273eac; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_potentialinnovator_changed_by_id_c7273eac ON public.programmes_potentialinnovator USING btree (changed_by_id);


--
-- Name: programmes_potentialinnovator_created_by_id_f6475d0a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_potentialinnovator_created_by_id_f6475d0a ON public.programmes_potentialinnovator USING btree (created_by_id);


--
-- Name: programmes_potentialinnovator_organisation_id_196ca07d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_potentialinnovator_organisation_id_196ca07d ON public.programmes_potentialinnovator USING btree (organisation_id);


--
-- Name: programmes_potentialinnovator_project_id_b3012d86; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_potentialinnovator_project_id_b3012d86 ON public.programmes_potentialinnovator USING btree (project_id);


--
-- Name: programmes_potentialinnovator_withdrawn_by_id_61f1b156; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_potentialinnovator_withdrawn_by_id_61f1b156 ON public.programmes_potentialinnovator USING btree (withdrawn_by_id);


--
-- Name: programmes_problemstatement_changed_by_id_722476ac; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_problemstatement_changed_by_id_722476ac ON public.programmes_problemstatement USING btree (changed_by_id);


--
-- Name: programmes_problemstatement_created_by_id_fbc54a51; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_problemstatement_created_by_id_fbc54a51 ON public.programmes_problemstatement USING btree (created_by_id);


--
-- Name: programmes_problemstatement_project_id_4b32e911; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_problemstatement_project_id_4b32e911 ON public.programmes_problemstatement USING btree (project_id);


--
-- Name: programmes_problemstatement_withdrawn_by_id_ab3bf427; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_problemstatement_withdrawn_by_id_ab3bf427 ON public.programmes_problemstatement USING btree (withdrawn_by_id);


--
-- Name: programmes_programme_changed_by_id_5d0bc5f5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_programme_changed_by_id_5d0bc5f5 ON public.programmes_programme USING btree (changed_by_id);


--
-- Name: programmes_programme_lead_organisation_id_45932d7e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_programme_lead_organisation_id_45932d7e ON public.programmes_programme USING btree (lead_organisation_id);


--
-- Name: programmes_programme_name_29c87fa3_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_programme_name_29c87fa3_like ON public.programmes_programme USING btree (name varchar_pattern_ops);


--
-- Name: programmes_programmemembership_programme_id_f4a12d0b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_programmemembership_programme_id_f4a12d0b ON public.programmes_programmemembership USING btree (programme_id);


--
-- Name: programmes_programmemembership_user_id_0a4f7045; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_programmemembership_user_id_0a4f7045 ON public.programmes_programmemembership USING btree (user_id);


--
-- Name: programmes_project_changed_by_id_19bc581c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_project_changed_by_id_19bc581c ON public.programmes_project USING btree (changed_by_id);


--
-- Name: programmes_project_lead_officer_id_78d0d5dd; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_project_lead_officer_id_78d0d5dd ON public.programmes_project USING btree (lead_officer_id);


--
-- Name: programmes_project_narrative_updated_by_id_efeead41; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_project_narrative_updated_by_id_efeead41 ON public.programmes_project USING btree (narrative_updated_by_id);


--
-- Name: programmes_project_partner_agency_id_c05b9286; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_project_partner_agency_id_c05b9286 ON public.programmes_project USING btree (partner_agency_id);


--
-- Name: programmes_project_programme_id_af59bfc6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_project_programme_id_af59bfc6 ON public.programmes_project USING btree (programme_id);


--
-- Name: programmes_project_withdrawn_by_id_37f2239a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_project_withdrawn_by_id_37f2239a ON public.programmes_project USING btree (withdrawn_by_id);


--
-- Name: programmes_projectmembership_project_id_5535d9c0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_projectmembership_project_id_5535d9c0 ON public.programmes_projectmembership USING btree (project_id);


--
-- Name: programmes_projectmembership_user_id_6fb95e03; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_projectmembership_user_id_6fb95e03 ON public.programmes_projectmembership USING btree (user_id);


--
-- Name: programmes_stagemove_actor_id_97045b2e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_stagemove_actor_id_97045b2e ON public.programmes_stagemove USING btree (actor_id);


--
-- Name: programmes_stagemove_project_id_53f5598d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_stagemove_project_id_53f5598d ON public.programmes_stagemove USING btree (project_id);


--
-- Name: programmes_stimulus_created_by_id_f7d32763; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_stimulus_created_by_id_f7d32763 ON public.programmes_stimulus USING btree (created_by_id);


--
-- Name: programmes_stimulus_tags_stimulus_id_475c6439; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_stimulus_tags_stimulus_id_475c6439 ON public.programmes_stimulus_tags USING btree (stimulus_id);


--
-- Name: programmes_stimulus_tags_stimulustag_id_7b21235c; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_stimulus_tags_stimulustag_id_7b21235c ON public.programmes_stimulus_tags USING btree (stimulustag_id);


--
-- Name: programmes_stimulus_title_5745040a_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_stimulus_title_5745040a_like ON public.programmes_stimulus USING btree (title varchar_pattern_ops);


--
-- Name: programmes_stimulustag_name_c23037c4_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_stimulustag_name_c23037c4_like ON public.programmes_stimulustag USING btree (name varchar_pattern_ops);


--
-- Name: programmes_workshop_changed_by_id_f10d21f8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_workshop_changed_by_id_f10d21f8 ON public.programmes_workshop USING btree (changed_by_id);


--
-- Name: programmes_workshop_created_by_id_21b570c8; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_workshop_created_by_id_21b570c8 ON public.programmes_workshop USING btree (created_by_id);


--
-- Name: programmes_workshop_project_id_97176b02; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_workshop_project_id_97176b02 ON public.programmes_workshop USING btree (project_id);


--
-- Name: programmes_workshop_withdrawn_by_id_7a24c2b1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_workshop_withdrawn_by_id_7a24c2b1 ON public.programmes_workshop USING btree (withdrawn_by_id);


--
-- Name: programmes_workshopparticipant_workshop_id_dcd0b913; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX programmes_workshopparticipant_workshop_id_dcd0b913 ON public.programmes_workshopparticipant USING btree (workshop_id);


--
-- Name: project_unique_title; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX project_unique_title ON public.programmes_project USING btree (programme_id, title) WHERE (withdrawn_at IS NULL);


--
-- Name: reports_monthlyreportoptout_person_id_72a64106; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_monthlyreportoptout_person_id_72a64106 ON public.reports_monthlyreportoptout USING btree (person_id);


--
-- Name: reports_monthlyreportoptout_project_id_3482c675; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_monthlyreportoptout_project_id_3482c675 ON public.reports_monthlyreportoptout USING btree (project_id);


--
-- Name: reports_rep_state_14b7cf_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_rep_state_14b7cf_idx ON public.reports_report USING btree (state, requested_at);


--
-- Name: reports_report_field_trial_id_ecb879b6; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_report_field_trial_id_ecb879b6 ON public.reports_report USING btree (field_trial_id);


--
-- Name: reports_report_programme_id_554db874; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_report_programme_id_554db874 ON public.reports_report USING btree (programme_id);


--
-- Name: reports_report_project_id_8c592e0e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_report_project_id_8c592e0e ON public.reports_report USING btree (project_id);


--
-- Name: reports_report_requested_by_id_0c7d4253; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_report_requested_by_id_0c7d4253 ON public.reports_report USING btree (requested_by_id);


--
-- Name: reports_report_withdrawn_by_id_658f4865; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX reports_report_withdrawn_by_id_658f4865 ON public.reports_report USING btree (withdrawn_by_id);


--
-- Name: risk_open_once; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX risk_open_once ON public.fieldtrials_risk USING btree (field_trial_id, description_key) WHERE (is_open AND (withdrawn_at IS NULL));


--
-- Name: search_document_vector_access_gin; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX search_document_vector_access_gin ON public.search_searchdocument USING gin (vector, access);


--
-- Name: search_kind_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX search_kind_date ON public.search_searchdocument USING btree (kind, date DESC);


--
-- Name: tag_name_once_any_case; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tag_name_once_any_case ON public.evaluation_tag USING btree (lower((name)::text));


--
-- Name: toolkit_answer_participation_id_82547aaf; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_answer_participation_id_82547aaf ON public.toolkit_answer USING btree (participation_id);


--
-- Name: toolkit_exercise_concluded_by_id_a87c3333; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_exercise_concluded_by_id_a87c3333 ON public.toolkit_exercise USING btree (concluded_by_id);


--
-- Name: toolkit_exercise_facilitator_id_ac933eaa; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_exercise_facilitator_id_ac933eaa ON public.toolkit_exercise USING btree (facilitator_id);


--
-- Name: toolkit_exercise_field_trial_id_c3383a21; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_exercise_field_trial_id_c3383a21 ON public.toolkit_exercise USING btree (field_trial_id);


--
-- Name: toolkit_exercise_local_authority_id_96cc6ab9; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_exercise_local_authority_id_96cc6ab9 ON public.toolkit_exercise USING btree (local_authority_id);


--
-- Name: toolkit_exercise_tool_id_3adb54ae; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_exercise_tool_id_3adb54ae ON public.toolkit_exercise USING btree (tool_id);


--
-- Name: toolkit_exercise_tool_version_id_3735a52a; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_exercise_tool_version_id_3735a52a ON public.toolkit_exercise USING btree (tool_version_id);


--
-- Name: toolkit_exercise_workshop_id_6fd0392d; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_exercise_workshop_id_6fd0392d ON public.toolkit_exercise USING btree (workshop_id);


--
-- Name: toolkit_participation_exercise_id_ff0a685e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_participation_exercise_id_ff0a685e ON public.toolkit_participation USING btree (exercise_id);


--
-- Name: toolkit_participation_user_id_442fb1d5; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_participation_user_id_442fb1d5 ON public.toolkit_participation USING btree (user_id);


--
-- Name: toolkit_tool_latest_id_6e74540e; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_tool_latest_id_6e74540e ON public.toolkit_tool USING btree (latest_id);


--
-- Name: toolkit_tool_slug_c0cf1b38_like; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_tool_slug_c0cf1b38_like ON public.toolkit_tool USING btree (slug varchar_pattern_ops);


--
-- Name: toolkit_toolversion_created_by_id_df4a4fa0; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_toolversion_created_by_id_df4a4fa0 ON public.toolkit_toolversion USING btree (created_by_id);


--
-- Name: toolkit_toolversion_tool_id_7517f0d7; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX toolkit_toolversion_tool_id_7517f0d7 ON public.toolkit_toolversion USING btree (tool_id);


--
-- Name: accounts_event accounts_event_actor_id_6f8254f4_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_event
    ADD CONSTRAINT accounts_event_actor_id_6f8254f4_fk_accounts_user_id FOREIGN KEY (actor_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_event accounts_event_field_trial_id_5ecb9d39_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_event
    ADD CONSTRAINT accounts_event_field_trial_id_5ecb9d39_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_event accounts_event_programme_id_dd8e5abb_fk_programmes_programme_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_event
    ADD CONSTRAINT accounts_event_programme_id_dd8e5abb_fk_programmes_programme_id FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_event accounts_event_project_id_27103a3d_fk_programmes_project_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_event
    ADD CONSTRAINT accounts_event_project_id_27103a3d_fk_programmes_project_id FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_event accounts_event_target_type_id_a63b56fb_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_event
    ADD CONSTRAINT accounts_event_target_type_id_a63b56fb_fk_django_co FOREIGN KEY (target_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_formsubmission accounts_formsubmission_user_id_3828c64c_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_formsubmission
    ADD CONSTRAINT accounts_formsubmission_user_id_3828c64c_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_invitation accounts_invitation_accepted_by_id_ba632539_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_invitation
    ADD CONSTRAINT accounts_invitation_accepted_by_id_ba632539_fk_accounts_user_id FOREIGN KEY (accepted_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_invitation accounts_invitation_field_trial_id_1b81cb50_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_invitation
    ADD CONSTRAINT accounts_invitation_field_trial_id_1b81cb50_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_invitation accounts_invitation_invited_by_id_94a21efc_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_invitation
    ADD CONSTRAINT accounts_invitation_invited_by_id_94a21efc_fk_accounts_user_id FOREIGN KEY (invited_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_invitation accounts_invitation_organisation_id_b7f9480b_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_invitation
    ADD CONSTRAINT accounts_invitation_organisation_id_b7f9480b_fk_accounts_ FOREIGN KEY (organisation_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_invitation accounts_invitation_programme_id_fce5f69a_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_invitation
    ADD CONSTRAINT accounts_invitation_programme_id_fce5f69a_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_invitation accounts_invitation_project_id_55ac263e_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_invitation
    ADD CONSTRAINT accounts_invitation_project_id_55ac263e_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_notification accounts_notification_recipient_id_cb6b57f5_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_notification
    ADD CONSTRAINT accounts_notification_recipient_id_cb6b57f5_fk_accounts_user_id FOREIGN KEY (recipient_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_organisation accounts_organisatio_local_authority_id_1fc34b0b_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_organisation
    ADD CONSTRAINT accounts_organisatio_local_authority_id_1fc34b0b_fk_accounts_ FOREIGN KEY (local_authority_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_replacedinvitationlink accounts_replacedinv_invitation_id_146cbf70_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_replacedinvitationlink
    ADD CONSTRAINT accounts_replacedinv_invitation_id_146cbf70_fk_accounts_ FOREIGN KEY (invitation_id) REFERENCES public.accounts_invitation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_user_groups accounts_user_groups_group_id_bd11a704_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_groups
    ADD CONSTRAINT accounts_user_groups_group_id_bd11a704_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_user_groups accounts_user_groups_user_id_52b62117_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_groups
    ADD CONSTRAINT accounts_user_groups_user_id_52b62117_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_user accounts_user_organisation_id_492f00a6_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user
    ADD CONSTRAINT accounts_user_organisation_id_492f00a6_fk_accounts_ FOREIGN KEY (organisation_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_user_user_permissions accounts_user_user_p_permission_id_113bb443_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_user_permissions
    ADD CONSTRAINT accounts_user_user_p_permission_id_113bb443_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: accounts_user_user_permissions accounts_user_user_p_user_id_e4f0a161_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.accounts_user_user_permissions
    ADD CONSTRAINT accounts_user_user_p_user_id_e4f0a161_fk_accounts_ FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissio_permission_id_84c5c92e_fk_auth_perm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissio_permission_id_84c5c92e_fk_auth_perm FOREIGN KEY (permission_id) REFERENCES public.auth_permission(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_group_permissions auth_group_permissions_group_id_b120cbf9_fk_auth_group_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_group_permissions
    ADD CONSTRAINT auth_group_permissions_group_id_b120cbf9_fk_auth_group_id FOREIGN KEY (group_id) REFERENCES public.auth_group(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: auth_permission auth_permission_content_type_id_2f476e4b_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_permission
    ADD CONSTRAINT auth_permission_content_type_id_2f476e4b_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: axes_accessattemptexpiration axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.axes_accessattemptexpiration
    ADD CONSTRAINT axes_accessattemptex_access_attempt_id_6b73a47a_fk_axes_acce FOREIGN KEY (access_attempt_id) REFERENCES public.axes_accessattempt(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: communities_communityspace communities_communit_changed_by_id_f09eabc6_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_communityspace
    ADD CONSTRAINT communities_communit_changed_by_id_f09eabc6_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: communities_communityspace communities_communit_community_id_33a0303d_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_communityspace
    ADD CONSTRAINT communities_communit_community_id_33a0303d_fk_fieldtria FOREIGN KEY (community_id) REFERENCES public.fieldtrials_communityofpractice(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: communities_joinrequest communities_joinrequ_community_id_53356008_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_joinrequest
    ADD CONSTRAINT communities_joinrequ_community_id_53356008_fk_fieldtria FOREIGN KEY (community_id) REFERENCES public.fieldtrials_communityofpractice(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: communities_joinrequest communities_joinrequ_decided_by_id_22d6bcb5_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_joinrequest
    ADD CONSTRAINT communities_joinrequ_decided_by_id_22d6bcb5_fk_accounts_ FOREIGN KEY (decided_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: communities_joinrequest communities_joinrequest_user_id_544151b2_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_joinrequest
    ADD CONSTRAINT communities_joinrequest_user_id_544151b2_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: communities_pagerevision communities_pagerevi_edited_by_id_185a3875_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_pagerevision
    ADD CONSTRAINT communities_pagerevi_edited_by_id_185a3875_fk_accounts_ FOREIGN KEY (edited_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: communities_pagerevision communities_pagerevi_space_id_9d9f55d8_fk_communiti; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.communities_pagerevision
    ADD CONSTRAINT communities_pagerevi_space_id_9d9f55d8_fk_communiti FOREIGN KEY (space_id) REFERENCES public.communities_communityspace(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: directory_organisationimport directory_organisati_confirmed_by_id_9ca1b4ee_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.directory_organisationimport
    ADD CONSTRAINT directory_organisati_confirmed_by_id_9ca1b4ee_fk_accounts_ FOREIGN KEY (confirmed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: directory_organisationimport directory_organisati_requested_by_id_bed6c9ea_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.directory_organisationimport
    ADD CONSTRAINT directory_organisati_requested_by_id_bed6c9ea_fk_accounts_ FOREIGN KEY (requested_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: directory_peopleimport directory_peopleimpo_confirmed_by_id_242bd34c_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.directory_peopleimport
    ADD CONSTRAINT directory_peopleimpo_confirmed_by_id_242bd34c_fk_accounts_ FOREIGN KEY (confirmed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: directory_peopleimport directory_peopleimpo_programme_id_0f53db60_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.directory_peopleimport
    ADD CONSTRAINT directory_peopleimpo_programme_id_0f53db60_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: directory_peopleimport directory_peopleimpo_requested_by_id_bcf35395_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.directory_peopleimport
    ADD CONSTRAINT directory_peopleimpo_requested_by_id_bcf35395_fk_accounts_ FOREIGN KEY (requested_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_attachment discussions_attachment_post_id_17bc5b09_fk_discussions_post_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_attachment
    ADD CONSTRAINT discussions_attachment_post_id_17bc5b09_fk_discussions_post_id FOREIGN KEY (post_id) REFERENCES public.discussions_post(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_post discussions_post_author_id_a44af7e2_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_post
    ADD CONSTRAINT discussions_post_author_id_a44af7e2_fk_accounts_user_id FOREIGN KEY (author_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_post discussions_post_changed_by_id_bbb7af12_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_post
    ADD CONSTRAINT discussions_post_changed_by_id_bbb7af12_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_post discussions_post_thread_id_9f04802e_fk_discussions_thread_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_post
    ADD CONSTRAINT discussions_post_thread_id_9f04802e_fk_discussions_thread_id FOREIGN KEY (thread_id) REFERENCES public.discussions_thread(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_post discussions_post_withdrawn_by_id_a556d865_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_post
    ADD CONSTRAINT discussions_post_withdrawn_by_id_a556d865_fk_accounts_user_id FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_postrevision discussions_postrevi_post_id_d68f5e15_fk_discussio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_postrevision
    ADD CONSTRAINT discussions_postrevi_post_id_d68f5e15_fk_discussio FOREIGN KEY (post_id) REFERENCES public.discussions_post(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_postrevision discussions_postrevi_replaced_by_id_c7249c70_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_postrevision
    ADD CONSTRAINT discussions_postrevi_replaced_by_id_c7249c70_fk_accounts_ FOREIGN KEY (replaced_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_thread discussions_thread_community_id_83a81e66_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_thread
    ADD CONSTRAINT discussions_thread_community_id_83a81e66_fk_fieldtria FOREIGN KEY (community_id) REFERENCES public.fieldtrials_communityofpractice(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_thread discussions_thread_created_by_id_cddd5e6f_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_thread
    ADD CONSTRAINT discussions_thread_created_by_id_cddd5e6f_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_thread discussions_thread_field_trial_id_020365be_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_thread
    ADD CONSTRAINT discussions_thread_field_trial_id_020365be_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_thread discussions_thread_monthly_update_id_e7bca818_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_thread
    ADD CONSTRAINT discussions_thread_monthly_update_id_e7bca818_fk_fieldtria FOREIGN KEY (monthly_update_id) REFERENCES public.fieldtrials_monthlyupdate(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_thread discussions_thread_option_id_20a81551_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_thread
    ADD CONSTRAINT discussions_thread_option_id_20a81551_fk_programme FOREIGN KEY (option_id) REFERENCES public.programmes_creativeoption(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: discussions_thread discussions_thread_project_id_5c5c9846_fk_programmes_project_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.discussions_thread
    ADD CONSTRAINT discussions_thread_project_id_5c5c9846_fk_programmes_project_id FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_content_type_id_c4bce8eb_fk_django_co; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_content_type_id_c4bce8eb_fk_django_co FOREIGN KEY (content_type_id) REFERENCES public.django_content_type(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_admin_log django_admin_log_user_id_c564eba6_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_admin_log
    ADD CONSTRAINT django_admin_log_user_id_c564eba6_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_celery_beat_periodictask django_celery_beat_p_clocked_id_47a69f82_fk_django_ce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_p_clocked_id_47a69f82_fk_django_ce FOREIGN KEY (clocked_id) REFERENCES public.django_celery_beat_clockedschedule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_celery_beat_periodictask django_celery_beat_p_crontab_id_d3cba168_fk_django_ce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_p_crontab_id_d3cba168_fk_django_ce FOREIGN KEY (crontab_id) REFERENCES public.django_celery_beat_crontabschedule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_celery_beat_periodictask django_celery_beat_p_interval_id_a8ca27da_fk_django_ce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_p_interval_id_a8ca27da_fk_django_ce FOREIGN KEY (interval_id) REFERENCES public.django_celery_beat_intervalschedule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: django_celery_beat_periodictask django_celery_beat_p_solar_id_a87ce72c_fk_django_ce; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.django_celery_beat_periodictask
    ADD CONSTRAINT django_celery_beat_p_solar_id_a87ce72c_fk_django_ce FOREIGN KEY (solar_id) REFERENCES public.django_celery_beat_solarschedule(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_boarddecision evaluation_boarddeci_changed_by_id_f780dea3_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boarddecision
    ADD CONSTRAINT evaluation_boarddeci_changed_by_id_f780dea3_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_boarddecision evaluation_boarddeci_meeting_id_d3a11fe6_fk_evaluatio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boarddecision
    ADD CONSTRAINT evaluation_boarddeci_meeting_id_d3a11fe6_fk_evaluatio FOREIGN KEY (meeting_id) REFERENCES public.evaluation_boardmeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_boarddecision evaluation_boarddeci_withdrawn_by_id_4602fc69_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boarddecision
    ADD CONSTRAINT evaluation_boarddeci_withdrawn_by_id_4602fc69_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_boardmeeting evaluation_boardmeet_board_id_56f4f39d_fk_evaluatio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boardmeeting
    ADD CONSTRAINT evaluation_boardmeet_board_id_56f4f39d_fk_evaluatio FOREIGN KEY (board_id) REFERENCES public.evaluation_partnershipboard(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_boardmeeting evaluation_boardmeet_changed_by_id_9223ab17_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boardmeeting
    ADD CONSTRAINT evaluation_boardmeet_changed_by_id_9223ab17_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_boardmeeting evaluation_boardmeet_withdrawn_by_id_36c48f1c_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boardmeeting
    ADD CONSTRAINT evaluation_boardmeet_withdrawn_by_id_36c48f1c_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_boardmember evaluation_boardmemb_board_id_1ee0cba5_fk_evaluatio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boardmember
    ADD CONSTRAINT evaluation_boardmemb_board_id_1ee0cba5_fk_evaluatio FOREIGN KEY (board_id) REFERENCES public.evaluation_partnershipboard(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_boardmember evaluation_boardmemb_changed_by_id_ddaa2fe8_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boardmember
    ADD CONSTRAINT evaluation_boardmemb_changed_by_id_ddaa2fe8_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_boardmember evaluation_boardmemb_organisation_id_b0ebe76d_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boardmember
    ADD CONSTRAINT evaluation_boardmemb_organisation_id_b0ebe76d_fk_accounts_ FOREIGN KEY (organisation_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_boardmember evaluation_boardmemb_withdrawn_by_id_0dad0297_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_boardmember
    ADD CONSTRAINT evaluation_boardmemb_withdrawn_by_id_0dad0297_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_casestudy evaluation_casestudy_changed_by_id_fa2a29c3_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_casestudy
    ADD CONSTRAINT evaluation_casestudy_changed_by_id_fa2a29c3_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_casestudy evaluation_casestudy_field_trial_id_11e5ea71_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_casestudy
    ADD CONSTRAINT evaluation_casestudy_field_trial_id_11e5ea71_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_casestudy evaluation_casestudy_programme_id_1785e2e6_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_casestudy
    ADD CONSTRAINT evaluation_casestudy_programme_id_1785e2e6_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_casestudy evaluation_casestudy_project_id_85e6c69d_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_casestudy
    ADD CONSTRAINT evaluation_casestudy_project_id_85e6c69d_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_casestudy evaluation_casestudy_withdrawn_by_id_a3371993_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_casestudy
    ADD CONSTRAINT evaluation_casestudy_withdrawn_by_id_a3371993_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_evaluationquestion evaluation_evaluatio_changed_by_id_c9f02c37_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_evaluationquestion
    ADD CONSTRAINT evaluation_evaluatio_changed_by_id_c9f02c37_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_evaluationplan evaluation_evaluatio_changed_by_id_f2c2443d_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_evaluationplan
    ADD CONSTRAINT evaluation_evaluatio_changed_by_id_f2c2443d_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_evaluationplan evaluation_evaluatio_field_trial_id_6c5193c9_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_evaluationplan
    ADD CONSTRAINT evaluation_evaluatio_field_trial_id_6c5193c9_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_evaluationquestion evaluation_evaluatio_plan_id_4cfe586e_fk_evaluatio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_evaluationquestion
    ADD CONSTRAINT evaluation_evaluatio_plan_id_4cfe586e_fk_evaluatio FOREIGN KEY (plan_id) REFERENCES public.evaluation_evaluationplan(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_evaluationquestion evaluation_evaluatio_withdrawn_by_id_10baa12b_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_evaluationquestion
    ADD CONSTRAINT evaluation_evaluatio_withdrawn_by_id_10baa12b_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_highlightreport evaluation_highlight_author_id_ec6c2ac3_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_highlightreport
    ADD CONSTRAINT evaluation_highlight_author_id_ec6c2ac3_fk_accounts_ FOREIGN KEY (author_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_highlightreport evaluation_highlight_changed_by_id_a5835a1d_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_highlightreport
    ADD CONSTRAINT evaluation_highlight_changed_by_id_a5835a1d_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_highlightreport evaluation_highlight_group_id_fab62c7f_fk_evaluatio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_highlightreport
    ADD CONSTRAINT evaluation_highlight_group_id_fab62c7f_fk_evaluatio FOREIGN KEY (group_id) REFERENCES public.evaluation_localitygroup(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_highlightreport evaluation_highlight_programme_id_44408f97_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_highlightreport
    ADD CONSTRAINT evaluation_highlight_programme_id_44408f97_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_highlightreport evaluation_highlight_project_id_1e967034_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_highlightreport
    ADD CONSTRAINT evaluation_highlight_project_id_1e967034_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_highlightreport evaluation_highlight_withdrawn_by_id_881bd37e_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_highlightreport
    ADD CONSTRAINT evaluation_highlight_withdrawn_by_id_881bd37e_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_historicalprogressentry evaluation_historica_history_user_id_7ac16cfd_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_historicalprogressentry
    ADD CONSTRAINT evaluation_historica_history_user_id_7ac16cfd_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_historicalmeasurement evaluation_historica_history_user_id_810d84b0_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_historicalmeasurement
    ADD CONSTRAINT evaluation_historica_history_user_id_810d84b0_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_historicalobjective evaluation_historica_history_user_id_d608422e_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_historicalobjective
    ADD CONSTRAINT evaluation_historica_history_user_id_d608422e_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_independentevaluation evaluation_independe_changed_by_id_cab126e4_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_independentevaluation
    ADD CONSTRAINT evaluation_independe_changed_by_id_cab126e4_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_independentevaluation evaluation_independe_programme_id_32224159_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_independentevaluation
    ADD CONSTRAINT evaluation_independe_programme_id_32224159_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_independentevaluation evaluation_independe_withdrawn_by_id_7fb80c54_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_independentevaluation
    ADD CONSTRAINT evaluation_independe_withdrawn_by_id_7fb80c54_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_indicator evaluation_indicator_changed_by_id_15516fec_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_indicator
    ADD CONSTRAINT evaluation_indicator_changed_by_id_15516fec_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_indicator evaluation_indicator_field_trial_id_a5c68b3b_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_indicator
    ADD CONSTRAINT evaluation_indicator_field_trial_id_a5c68b3b_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_indicator evaluation_indicator_withdrawn_by_id_82132489_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_indicator
    ADD CONSTRAINT evaluation_indicator_withdrawn_by_id_82132489_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_lesson evaluation_lesson_changed_by_id_c4cd13eb_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson
    ADD CONSTRAINT evaluation_lesson_changed_by_id_c4cd13eb_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_lesson evaluation_lesson_field_trial_id_2195ee62_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson
    ADD CONSTRAINT evaluation_lesson_field_trial_id_2195ee62_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_lesson evaluation_lesson_programme_id_b3f35092_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson
    ADD CONSTRAINT evaluation_lesson_programme_id_b3f35092_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_lesson evaluation_lesson_project_id_14f976de_fk_programmes_project_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson
    ADD CONSTRAINT evaluation_lesson_project_id_14f976de_fk_programmes_project_id FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_lesson evaluation_lesson_recorded_by_id_cadbaa49_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson
    ADD CONSTRAINT evaluation_lesson_recorded_by_id_cadbaa49_fk_accounts_user_id FOREIGN KEY (recorded_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_lesson_themes evaluation_lesson_th_lesson_id_daa1edce_fk_evaluatio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson_themes
    ADD CONSTRAINT evaluation_lesson_th_lesson_id_daa1edce_fk_evaluatio FOREIGN KEY (lesson_id) REFERENCES public.evaluation_lesson(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_lesson_themes evaluation_lesson_themes_tag_id_01e9e690_fk_evaluation_tag_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson_themes
    ADD CONSTRAINT evaluation_lesson_themes_tag_id_01e9e690_fk_evaluation_tag_id FOREIGN KEY (tag_id) REFERENCES public.evaluation_tag(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_lesson evaluation_lesson_withdrawn_by_id_74c21427_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_lesson
    ADD CONSTRAINT evaluation_lesson_withdrawn_by_id_74c21427_fk_accounts_user_id FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_localitygroup evaluation_localityg_changed_by_id_f0286dd2_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_localitygroup
    ADD CONSTRAINT evaluation_localityg_changed_by_id_f0286dd2_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_localitygroup evaluation_localityg_programme_id_b9d4860e_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_localitygroup
    ADD CONSTRAINT evaluation_localityg_programme_id_b9d4860e_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_localitygroup evaluation_localityg_withdrawn_by_id_657c219c_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_localitygroup
    ADD CONSTRAINT evaluation_localityg_withdrawn_by_id_657c219c_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_measurement evaluation_measureme_changed_by_id_2a621c76_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_measurement
    ADD CONSTRAINT evaluation_measureme_changed_by_id_2a621c76_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_measurement evaluation_measureme_entered_by_id_af41d106_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_measurement
    ADD CONSTRAINT evaluation_measureme_entered_by_id_af41d106_fk_accounts_ FOREIGN KEY (entered_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_measurement evaluation_measureme_indicator_id_2c454ece_fk_evaluatio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_measurement
    ADD CONSTRAINT evaluation_measureme_indicator_id_2c454ece_fk_evaluatio FOREIGN KEY (indicator_id) REFERENCES public.evaluation_indicator(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_measurement evaluation_measureme_withdrawn_by_id_c5cda55c_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_measurement
    ADD CONSTRAINT evaluation_measureme_withdrawn_by_id_c5cda55c_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_objective evaluation_objective_changed_by_id_41f5b3f9_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_objective
    ADD CONSTRAINT evaluation_objective_changed_by_id_41f5b3f9_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_objective evaluation_objective_created_by_id_4a98caf5_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_objective
    ADD CONSTRAINT evaluation_objective_created_by_id_4a98caf5_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_objective evaluation_objective_field_trial_id_27af6133_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_objective
    ADD CONSTRAINT evaluation_objective_field_trial_id_27af6133_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_objective evaluation_objective_need_objective_id_50d68ec1_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_objective
    ADD CONSTRAINT evaluation_objective_need_objective_id_50d68ec1_fk_programme FOREIGN KEY (need_objective_id) REFERENCES public.programmes_objective(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_objective evaluation_objective_programme_id_0d150cdb_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_objective
    ADD CONSTRAINT evaluation_objective_programme_id_0d150cdb_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_objective evaluation_objective_project_id_85b16db4_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_objective
    ADD CONSTRAINT evaluation_objective_project_id_85b16db4_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_objective evaluation_objective_withdrawn_by_id_418b18c9_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_objective
    ADD CONSTRAINT evaluation_objective_withdrawn_by_id_418b18c9_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_partnercontribution evaluation_partnerco_changed_by_id_1782b032_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnercontribution
    ADD CONSTRAINT evaluation_partnerco_changed_by_id_1782b032_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_partnercontribution evaluation_partnerco_entered_by_id_7dda21fd_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnercontribution
    ADD CONSTRAINT evaluation_partnerco_entered_by_id_7dda21fd_fk_accounts_ FOREIGN KEY (entered_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_partnercontribution evaluation_partnerco_organisation_id_1fc0146e_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnercontribution
    ADD CONSTRAINT evaluation_partnerco_organisation_id_1fc0146e_fk_accounts_ FOREIGN KEY (organisation_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_partnercontribution evaluation_partnerco_programme_id_a9306f89_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnercontribution
    ADD CONSTRAINT evaluation_partnerco_programme_id_a9306f89_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_partnercontribution evaluation_partnerco_project_id_edafd6a4_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnercontribution
    ADD CONSTRAINT evaluation_partnerco_project_id_edafd6a4_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_partnercontribution evaluation_partnerco_withdrawn_by_id_d852e1f2_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnercontribution
    ADD CONSTRAINT evaluation_partnerco_withdrawn_by_id_d852e1f2_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_partnershipboard evaluation_partnersh_chair_id_dffc0f1b_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnershipboard
    ADD CONSTRAINT evaluation_partnersh_chair_id_dffc0f1b_fk_accounts_ FOREIGN KEY (chair_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_partnershipboard evaluation_partnersh_changed_by_id_9cc10a25_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnershipboard
    ADD CONSTRAINT evaluation_partnersh_changed_by_id_9cc10a25_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_partnershipboard evaluation_partnersh_programme_id_8cfe7abb_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_partnershipboard
    ADD CONSTRAINT evaluation_partnersh_programme_id_8cfe7abb_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_policyevidence evaluation_policyevi_changed_by_id_42d3b313_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_policyevidence
    ADD CONSTRAINT evaluation_policyevi_changed_by_id_42d3b313_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_policyevidence evaluation_policyevi_given_by_id_83d3975b_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_policyevidence
    ADD CONSTRAINT evaluation_policyevi_given_by_id_83d3975b_fk_accounts_ FOREIGN KEY (given_by_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_policyevidence evaluation_policyevi_programme_id_dbd643d5_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_policyevidence
    ADD CONSTRAINT evaluation_policyevi_programme_id_dbd643d5_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_policyevidence evaluation_policyevi_withdrawn_by_id_3e8a67df_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_policyevidence
    ADD CONSTRAINT evaluation_policyevi_withdrawn_by_id_3e8a67df_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_progressentry evaluation_progresse_changed_by_id_94963d78_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_progressentry
    ADD CONSTRAINT evaluation_progresse_changed_by_id_94963d78_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_progressentry evaluation_progresse_group_id_07eab140_fk_evaluatio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_progressentry
    ADD CONSTRAINT evaluation_progresse_group_id_07eab140_fk_evaluatio FOREIGN KEY (group_id) REFERENCES public.evaluation_localitygroup(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_progressentry evaluation_progresse_objective_id_0f2c6952_fk_evaluatio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_progressentry
    ADD CONSTRAINT evaluation_progresse_objective_id_0f2c6952_fk_evaluatio FOREIGN KEY (objective_id) REFERENCES public.evaluation_objective(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_progressentry evaluation_progresse_recorded_by_id_0e41d94a_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_progressentry
    ADD CONSTRAINT evaluation_progresse_recorded_by_id_0e41d94a_fk_accounts_ FOREIGN KEY (recorded_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_progressentry evaluation_progresse_withdrawn_by_id_79d2924f_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_progressentry
    ADD CONSTRAINT evaluation_progresse_withdrawn_by_id_79d2924f_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_successcriterion evaluation_successcr_changed_by_id_95bdd0a5_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_successcriterion
    ADD CONSTRAINT evaluation_successcr_changed_by_id_95bdd0a5_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_successcriterion evaluation_successcr_programme_id_d05ccc4d_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_successcriterion
    ADD CONSTRAINT evaluation_successcr_programme_id_d05ccc4d_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_successcriterion evaluation_successcr_withdrawn_by_id_0a9e56e9_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_successcriterion
    ADD CONSTRAINT evaluation_successcr_withdrawn_by_id_0a9e56e9_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_takeup evaluation_takeup_case_study_id_badb1f0c_fk_evaluatio; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_takeup
    ADD CONSTRAINT evaluation_takeup_case_study_id_badb1f0c_fk_evaluatio FOREIGN KEY (case_study_id) REFERENCES public.evaluation_casestudy(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_takeup evaluation_takeup_changed_by_id_b867cd8e_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_takeup
    ADD CONSTRAINT evaluation_takeup_changed_by_id_b867cd8e_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_takeup evaluation_takeup_lesson_id_863b9a3e_fk_evaluation_lesson_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_takeup
    ADD CONSTRAINT evaluation_takeup_lesson_id_863b9a3e_fk_evaluation_lesson_id FOREIGN KEY (lesson_id) REFERENCES public.evaluation_lesson(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_takeup evaluation_takeup_organisation_id_3d4ca186_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_takeup
    ADD CONSTRAINT evaluation_takeup_organisation_id_3d4ca186_fk_accounts_ FOREIGN KEY (organisation_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_takeup evaluation_takeup_recorded_by_id_05576c4d_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_takeup
    ADD CONSTRAINT evaluation_takeup_recorded_by_id_05576c4d_fk_accounts_user_id FOREIGN KEY (recorded_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: evaluation_takeup evaluation_takeup_withdrawn_by_id_7520172b_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluation_takeup
    ADD CONSTRAINT evaluation_takeup_withdrawn_by_id_7520172b_fk_accounts_user_id FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_brokeredrelationship fieldtrials_brokered_changed_by_id_9ae7f98f_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_brokeredrelationship
    ADD CONSTRAINT fieldtrials_brokered_changed_by_id_9ae7f98f_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_brokeredrelationship fieldtrials_brokered_created_by_id_7bb964c5_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_brokeredrelationship
    ADD CONSTRAINT fieldtrials_brokered_created_by_id_7bb964c5_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_brokeredrelationship fieldtrials_brokered_field_trial_id_d3a85a38_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_brokeredrelationship
    ADD CONSTRAINT fieldtrials_brokered_field_trial_id_d3a85a38_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_brokeredrelationship fieldtrials_brokered_withdrawn_by_id_d2b6684a_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_brokeredrelationship
    ADD CONSTRAINT fieldtrials_brokered_withdrawn_by_id_d2b6684a_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_communitymeeting fieldtrials_communit_changed_by_id_6199970d_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communitymeeting
    ADD CONSTRAINT fieldtrials_communit_changed_by_id_6199970d_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_communitymeeting fieldtrials_communit_community_id_3d986ee9_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communitymeeting
    ADD CONSTRAINT fieldtrials_communit_community_id_3d986ee9_fk_fieldtria FOREIGN KEY (community_id) REFERENCES public.fieldtrials_communityofpractice(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_communitymeeting_attended_by fieldtrials_communit_communitymeeting_id_28b81cac_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communitymeeting_attended_by
    ADD CONSTRAINT fieldtrials_communit_communitymeeting_id_28b81cac_fk_fieldtria FOREIGN KEY (communitymeeting_id) REFERENCES public.fieldtrials_communitymeeting(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_communityofpractice_field_trials fieldtrials_communit_communityofpractice__38fb3685_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communityofpractice_field_trials
    ADD CONSTRAINT fieldtrials_communit_communityofpractice__38fb3685_fk_fieldtria FOREIGN KEY (communityofpractice_id) REFERENCES public.fieldtrials_communityofpractice(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_communityofpractice fieldtrials_communit_convenor_id_c9a74169_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communityofpractice
    ADD CONSTRAINT fieldtrials_communit_convenor_id_c9a74169_fk_accounts_ FOREIGN KEY (convenor_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_communitymeeting fieldtrials_communit_created_by_id_994175c3_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communitymeeting
    ADD CONSTRAINT fieldtrials_communit_created_by_id_994175c3_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_communityofpractice_field_trials fieldtrials_communit_fieldtrial_id_315e3543_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communityofpractice_field_trials
    ADD CONSTRAINT fieldtrials_communit_fieldtrial_id_315e3543_fk_fieldtria FOREIGN KEY (fieldtrial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_communitymeeting_attended_by fieldtrials_communit_fieldtrial_id_f9458d3f_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communitymeeting_attended_by
    ADD CONSTRAINT fieldtrials_communit_fieldtrial_id_f9458d3f_fk_fieldtria FOREIGN KEY (fieldtrial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_communitymeeting fieldtrials_communit_withdrawn_by_id_1d3abcd7_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_communitymeeting
    ADD CONSTRAINT fieldtrials_communit_withdrawn_by_id_1d3abcd7_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrial fieldtrials_fieldtri_consultant_id_5dbca740_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial
    ADD CONSTRAINT fieldtrials_fieldtri_consultant_id_5dbca740_fk_accounts_ FOREIGN KEY (consultant_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrialmembership fieldtrials_fieldtri_field_trial_id_f03a0664_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrialmembership
    ADD CONSTRAINT fieldtrials_fieldtri_field_trial_id_f03a0664_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrial_participating_organisations fieldtrials_fieldtri_fieldtrial_id_5a7e1fe8_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial_participating_organisations
    ADD CONSTRAINT fieldtrials_fieldtri_fieldtrial_id_5a7e1fe8_fk_fieldtria FOREIGN KEY (fieldtrial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrial_resource_domains fieldtrials_fieldtri_fieldtrial_id_cfabf6f0_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial_resource_domains
    ADD CONSTRAINT fieldtrials_fieldtri_fieldtrial_id_cfabf6f0_fk_fieldtria FOREIGN KEY (fieldtrial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrial fieldtrials_fieldtri_lead_organisation_id_e5c6ec3c_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial
    ADD CONSTRAINT fieldtrials_fieldtri_lead_organisation_id_e5c6ec3c_fk_accounts_ FOREIGN KEY (lead_organisation_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrial fieldtrials_fieldtri_local_authority_id_91f7b075_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial
    ADD CONSTRAINT fieldtrials_fieldtri_local_authority_id_91f7b075_fk_accounts_ FOREIGN KEY (local_authority_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrial fieldtrials_fieldtri_option_id_08536fba_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial
    ADD CONSTRAINT fieldtrials_fieldtri_option_id_08536fba_fk_programme FOREIGN KEY (option_id) REFERENCES public.programmes_creativeoption(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrial_participating_organisations fieldtrials_fieldtri_organisation_id_dd5ebee8_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial_participating_organisations
    ADD CONSTRAINT fieldtrials_fieldtri_organisation_id_dd5ebee8_fk_accounts_ FOREIGN KEY (organisation_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrial fieldtrials_fieldtri_project_id_f0706d1e_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial
    ADD CONSTRAINT fieldtrials_fieldtri_project_id_f0706d1e_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrial_resource_domains fieldtrials_fieldtri_resourcedomain_id_e2fe4369_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrial_resource_domains
    ADD CONSTRAINT fieldtrials_fieldtri_resourcedomain_id_e2fe4369_fk_fieldtria FOREIGN KEY (resourcedomain_id) REFERENCES public.fieldtrials_resourcedomain(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_fieldtrialmembership fieldtrials_fieldtri_user_id_26537990_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_fieldtrialmembership
    ADD CONSTRAINT fieldtrials_fieldtri_user_id_26537990_fk_accounts_ FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_historicalmonthlyupdate fieldtrials_historic_history_user_id_0e2e04e9_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalmonthlyupdate
    ADD CONSTRAINT fieldtrials_historic_history_user_id_0e2e04e9_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_historicalofferuse fieldtrials_historic_history_user_id_245e86a3_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalofferuse
    ADD CONSTRAINT fieldtrials_historic_history_user_id_245e86a3_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_historicalpowertoinnovaterequest fieldtrials_historic_history_user_id_24ebcfff_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalpowertoinnovaterequest
    ADD CONSTRAINT fieldtrials_historic_history_user_id_24ebcfff_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_historicalrisk fieldtrials_historic_history_user_id_3b791f73_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalrisk
    ADD CONSTRAINT fieldtrials_historic_history_user_id_3b791f73_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_historicalsupportsession fieldtrials_historic_history_user_id_60c8ea58_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalsupportsession
    ADD CONSTRAINT fieldtrials_historic_history_user_id_60c8ea58_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_historicalmilestone fieldtrials_historic_history_user_id_9dea7516_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalmilestone
    ADD CONSTRAINT fieldtrials_historic_history_user_id_9dea7516_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_historicalbrokeredrelationship fieldtrials_historic_history_user_id_cb3668ae_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalbrokeredrelationship
    ADD CONSTRAINT fieldtrials_historic_history_user_id_cb3668ae_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_historicalfieldtrial fieldtrials_historic_history_user_id_e24b54a8_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_historicalfieldtrial
    ADD CONSTRAINT fieldtrials_historic_history_user_id_e24b54a8_fk_accounts_ FOREIGN KEY (history_user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_milestone fieldtrials_mileston_changed_by_id_395f8710_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_milestone
    ADD CONSTRAINT fieldtrials_mileston_changed_by_id_395f8710_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_milestone fieldtrials_mileston_created_by_id_f8a7bd19_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_milestone
    ADD CONSTRAINT fieldtrials_mileston_created_by_id_f8a7bd19_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_milestone fieldtrials_mileston_field_trial_id_5c6d6da7_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_milestone
    ADD CONSTRAINT fieldtrials_mileston_field_trial_id_5c6d6da7_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_milestone fieldtrials_mileston_withdrawn_by_id_47f9adc9_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_milestone
    ADD CONSTRAINT fieldtrials_mileston_withdrawn_by_id_47f9adc9_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_monthlyupdate fieldtrials_monthlyu_author_id_c286b472_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_monthlyupdate
    ADD CONSTRAINT fieldtrials_monthlyu_author_id_c286b472_fk_accounts_ FOREIGN KEY (author_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_monthlyupdate fieldtrials_monthlyu_changed_by_id_33a241c7_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_monthlyupdate
    ADD CONSTRAINT fieldtrials_monthlyu_changed_by_id_33a241c7_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_monthlyupdate fieldtrials_monthlyu_field_trial_id_cec77cf5_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_monthlyupdate
    ADD CONSTRAINT fieldtrials_monthlyu_field_trial_id_cec77cf5_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_monthlyupdate fieldtrials_monthlyu_read_by_id_24d4bece_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_monthlyupdate
    ADD CONSTRAINT fieldtrials_monthlyu_read_by_id_24d4bece_fk_accounts_ FOREIGN KEY (read_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_monthlyupdate fieldtrials_monthlyu_withdrawn_by_id_6ab9bb9e_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_monthlyupdate
    ADD CONSTRAINT fieldtrials_monthlyu_withdrawn_by_id_6ab9bb9e_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_offeruse fieldtrials_offeruse_changed_by_id_ef627183_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_offeruse
    ADD CONSTRAINT fieldtrials_offeruse_changed_by_id_ef627183_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_offeruse fieldtrials_offeruse_created_by_id_bedbb6fe_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_offeruse
    ADD CONSTRAINT fieldtrials_offeruse_created_by_id_bedbb6fe_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_offeruse fieldtrials_offeruse_field_trial_id_9759dc0a_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_offeruse
    ADD CONSTRAINT fieldtrials_offeruse_field_trial_id_9759dc0a_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_offeruse fieldtrials_offeruse_withdrawn_by_id_fc8df758_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_offeruse
    ADD CONSTRAINT fieldtrials_offeruse_withdrawn_by_id_fc8df758_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_powertoinnovaterequest fieldtrials_powertoi_changed_by_id_7cd0d586_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_powertoinnovaterequest
    ADD CONSTRAINT fieldtrials_powertoi_changed_by_id_7cd0d586_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_powertoinnovaterequest fieldtrials_powertoi_created_by_id_845ae085_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_powertoinnovaterequest
    ADD CONSTRAINT fieldtrials_powertoi_created_by_id_845ae085_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_powertoinnovaterequest fieldtrials_powertoi_field_trial_id_28ec8dbf_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_powertoinnovaterequest
    ADD CONSTRAINT fieldtrials_powertoi_field_trial_id_28ec8dbf_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_powertoinnovaterequest fieldtrials_powertoi_withdrawn_by_id_07aa51b9_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_powertoinnovaterequest
    ADD CONSTRAINT fieldtrials_powertoi_withdrawn_by_id_07aa51b9_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_risk fieldtrials_risk_changed_by_id_742e55c8_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_risk
    ADD CONSTRAINT fieldtrials_risk_changed_by_id_742e55c8_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_risk fieldtrials_risk_created_by_id_a5731ba4_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_risk
    ADD CONSTRAINT fieldtrials_risk_created_by_id_a5731ba4_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_risk fieldtrials_risk_field_trial_id_0260d4db_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_risk
    ADD CONSTRAINT fieldtrials_risk_field_trial_id_0260d4db_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_risk fieldtrials_risk_withdrawn_by_id_9c93ebd6_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_risk
    ADD CONSTRAINT fieldtrials_risk_withdrawn_by_id_9c93ebd6_fk_accounts_user_id FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_supportsession fieldtrials_supports_changed_by_id_e80ffd36_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_supportsession
    ADD CONSTRAINT fieldtrials_supports_changed_by_id_e80ffd36_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_supportsession fieldtrials_supports_field_trial_id_340044d6_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_supportsession
    ADD CONSTRAINT fieldtrials_supports_field_trial_id_340044d6_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_supportsession fieldtrials_supports_given_by_id_f083bb6c_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_supportsession
    ADD CONSTRAINT fieldtrials_supports_given_by_id_f083bb6c_fk_accounts_ FOREIGN KEY (given_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_supportsession fieldtrials_supports_withdrawn_by_id_99cf94d7_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_supportsession
    ADD CONSTRAINT fieldtrials_supports_withdrawn_by_id_99cf94d7_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_trialstatuschange fieldtrials_trialsta_actor_id_5919d5d2_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_trialstatuschange
    ADD CONSTRAINT fieldtrials_trialsta_actor_id_5919d5d2_fk_accounts_ FOREIGN KEY (actor_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: fieldtrials_trialstatuschange fieldtrials_trialsta_field_trial_id_a5b52f03_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fieldtrials_trialstatuschange
    ADD CONSTRAINT fieldtrials_trialsta_field_trial_id_a5b52f03_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: following_digest following_digest_user_id_4b00d1af_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_digest
    ADD CONSTRAINT following_digest_user_id_4b00d1af_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: following_digestchoice following_digestchoice_user_id_8d320d9b_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_digestchoice
    ADD CONSTRAINT following_digestchoice_user_id_8d320d9b_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: following_digestitem following_digestitem_digest_id_4dbe5c38_fk_following_digest_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_digestitem
    ADD CONSTRAINT following_digestitem_digest_id_4dbe5c38_fk_following_digest_id FOREIGN KEY (digest_id) REFERENCES public.following_digest(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: following_digestitem following_digestitem_event_id_d588a72e_fk_accounts_event_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_digestitem
    ADD CONSTRAINT following_digestitem_event_id_d588a72e_fk_accounts_event_id FOREIGN KEY (event_id) REFERENCES public.accounts_event(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: following_digestitem following_digestitem_user_id_53c67f33_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_digestitem
    ADD CONSTRAINT following_digestitem_user_id_53c67f33_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: following_follow following_follow_community_id_adbe0101_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_follow
    ADD CONSTRAINT following_follow_community_id_adbe0101_fk_fieldtria FOREIGN KEY (community_id) REFERENCES public.fieldtrials_communityofpractice(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: following_follow following_follow_field_trial_id_3274370d_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_follow
    ADD CONSTRAINT following_follow_field_trial_id_3274370d_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: following_follow following_follow_project_id_252d03da_fk_programmes_project_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_follow
    ADD CONSTRAINT following_follow_project_id_252d03da_fk_programmes_project_id FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: following_follow following_follow_user_id_8efc77f1_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.following_follow
    ADD CONSTRAINT following_follow_user_id_8efc77f1_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_assessment programmes_assessmen_option_id_eb18e7dc_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_assessment
    ADD CONSTRAINT programmes_assessmen_option_id_eb18e7dc_fk_programme FOREIGN KEY (option_id) REFERENCES public.programmes_creativeoption(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_assessment programmes_assessment_reviewer_id_4b4ec038_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_assessment
    ADD CONSTRAINT programmes_assessment_reviewer_id_4b4ec038_fk_accounts_user_id FOREIGN KEY (reviewer_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_creativeoption programmes_creativeo_changed_by_id_7b914440_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption
    ADD CONSTRAINT programmes_creativeo_changed_by_id_7b914440_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_creativeoption programmes_creativeo_created_by_id_a0bc492a_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption
    ADD CONSTRAINT programmes_creativeo_created_by_id_a0bc492a_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_creativeoption_stimuli programmes_creativeo_creativeoption_id_e545d00f_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption_stimuli
    ADD CONSTRAINT programmes_creativeo_creativeoption_id_e545d00f_fk_programme FOREIGN KEY (creativeoption_id) REFERENCES public.programmes_creativeoption(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_creativeoption programmes_creativeo_decided_by_id_04725903_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption
    ADD CONSTRAINT programmes_creativeo_decided_by_id_04725903_fk_accounts_ FOREIGN KEY (decided_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_creativeoption programmes_creativeo_project_id_811f351e_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption
    ADD CONSTRAINT programmes_creativeo_project_id_811f351e_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_creativeoption_stimuli programmes_creativeo_stimulus_id_8150dd71_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption_stimuli
    ADD CONSTRAINT programmes_creativeo_stimulus_id_8150dd71_fk_programme FOREIGN KEY (stimulus_id) REFERENCES public.programmes_stimulus(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_creativeoption programmes_creativeo_withdrawn_by_id_083d9b74_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption
    ADD CONSTRAINT programmes_creativeo_withdrawn_by_id_083d9b74_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_creativeoption programmes_creativeo_workshop_id_385ef9a8_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_creativeoption
    ADD CONSTRAINT programmes_creativeo_workshop_id_385ef9a8_fk_programme FOREIGN KEY (workshop_id) REFERENCES public.programmes_workshop(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_datasource programmes_datasourc_changed_by_id_ef3e48aa_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_datasource
    ADD CONSTRAINT programmes_datasourc_changed_by_id_ef3e48aa_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_datasource programmes_datasourc_created_by_id_2d265267_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_datasource
    ADD CONSTRAINT programmes_datasourc_created_by_id_2d265267_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_datasource programmes_datasourc_project_id_0252112f_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_datasource
    ADD CONSTRAINT programmes_datasourc_project_id_0252112f_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_datasource programmes_datasourc_withdrawn_by_id_803a59bf_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_datasource
    ADD CONSTRAINT programmes_datasourc_withdrawn_by_id_803a59bf_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_keptstimulus programmes_keptstimu_project_id_4f7fb8fe_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_keptstimulus
    ADD CONSTRAINT programmes_keptstimu_project_id_4f7fb8fe_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_keptstimulus programmes_keptstimu_stimulus_id_9c6a247f_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_keptstimulus
    ADD CONSTRAINT programmes_keptstimu_stimulus_id_9c6a247f_fk_programme FOREIGN KEY (stimulus_id) REFERENCES public.programmes_stimulus(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_keptstimulus programmes_keptstimulus_kept_by_id_87c56c87_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_keptstimulus
    ADD CONSTRAINT programmes_keptstimulus_kept_by_id_87c56c87_fk_accounts_user_id FOREIGN KEY (kept_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_objective programmes_objective_changed_by_id_bc3de352_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_objective
    ADD CONSTRAINT programmes_objective_changed_by_id_bc3de352_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_objective programmes_objective_created_by_id_40488fd5_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_objective
    ADD CONSTRAINT programmes_objective_created_by_id_40488fd5_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_objective programmes_objective_project_id_cad53be5_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_objective
    ADD CONSTRAINT programmes_objective_project_id_cad53be5_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_objective programmes_objective_withdrawn_by_id_df091fc1_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_objective
    ADD CONSTRAINT programmes_objective_withdrawn_by_id_df091fc1_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_potentialinnovator programmes_potential_changed_by_id_c7273eac_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_potentialinnovator
    ADD CONSTRAINT programmes_potential_changed_by_id_c7273eac_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_potentialinnovator programmes_potential_created_by_id_f6475d0a_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_potentialinnovator
    ADD CONSTRAINT programmes_potential_created_by_id_f6475d0a_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_potentialinnovator programmes_potential_organisation_id_196ca07d_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_potentialinnovator
    ADD CONSTRAINT programmes_potential_organisation_id_196ca07d_fk_accounts_ FOREIGN KEY (organisation_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_potentialinnovator programmes_potential_project_id_b3012d86_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_potentialinnovator
    ADD CONSTRAINT programmes_potential_project_id_b3012d86_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_potentialinnovator programmes_potential_withdrawn_by_id_61f1b156_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_potentialinnovator
    ADD CONSTRAINT programmes_potential_withdrawn_by_id_61f1b156_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_problemstatement programmes_problemst_changed_by_id_722476ac_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_problemstatement
    ADD CONSTRAINT programmes_problemst_changed_by_id_722476ac_fk_accounts_ FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_problemstatement programmes_problemst_created_by_id_fbc54a51_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_problemstatement
    ADD CONSTRAINT programmes_problemst_created_by_id_fbc54a51_fk_accounts_ FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_problemstatement programmes_problemst_project_id_4b32e911_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_problemstatement
    ADD CONSTRAINT programmes_problemst_project_id_4b32e911_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_problemstatement programmes_problemst_withdrawn_by_id_ab3bf427_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_problemstatement
    ADD CONSTRAINT programmes_problemst_withdrawn_by_id_ab3bf427_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_programme programmes_programme_changed_by_id_5d0bc5f5_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_programme
    ADD CONSTRAINT programmes_programme_changed_by_id_5d0bc5f5_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_programme programmes_programme_lead_organisation_id_45932d7e_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_programme
    ADD CONSTRAINT programmes_programme_lead_organisation_id_45932d7e_fk_accounts_ FOREIGN KEY (lead_organisation_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_programmemembership programmes_programme_programme_id_f4a12d0b_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_programmemembership
    ADD CONSTRAINT programmes_programme_programme_id_f4a12d0b_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_programmemembership programmes_programme_user_id_0a4f7045_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_programmemembership
    ADD CONSTRAINT programmes_programme_user_id_0a4f7045_fk_accounts_ FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_project programmes_project_changed_by_id_19bc581c_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_project
    ADD CONSTRAINT programmes_project_changed_by_id_19bc581c_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_project programmes_project_lead_officer_id_78d0d5dd_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_project
    ADD CONSTRAINT programmes_project_lead_officer_id_78d0d5dd_fk_accounts_user_id FOREIGN KEY (lead_officer_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_project programmes_project_narrative_updated_by_efeead41_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_project
    ADD CONSTRAINT programmes_project_narrative_updated_by_efeead41_fk_accounts_ FOREIGN KEY (narrative_updated_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_project programmes_project_partner_agency_id_c05b9286_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_project
    ADD CONSTRAINT programmes_project_partner_agency_id_c05b9286_fk_accounts_ FOREIGN KEY (partner_agency_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_project programmes_project_programme_id_af59bfc6_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_project
    ADD CONSTRAINT programmes_project_programme_id_af59bfc6_fk_programme FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_project programmes_project_withdrawn_by_id_37f2239a_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_project
    ADD CONSTRAINT programmes_project_withdrawn_by_id_37f2239a_fk_accounts_user_id FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_projectmembership programmes_projectme_project_id_5535d9c0_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_projectmembership
    ADD CONSTRAINT programmes_projectme_project_id_5535d9c0_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_projectmembership programmes_projectme_user_id_6fb95e03_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_projectmembership
    ADD CONSTRAINT programmes_projectme_user_id_6fb95e03_fk_accounts_ FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_stagemove programmes_stagemove_actor_id_97045b2e_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stagemove
    ADD CONSTRAINT programmes_stagemove_actor_id_97045b2e_fk_accounts_user_id FOREIGN KEY (actor_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_stagemove programmes_stagemove_project_id_53f5598d_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stagemove
    ADD CONSTRAINT programmes_stagemove_project_id_53f5598d_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_stimulus_tags programmes_stimulus__stimulus_id_475c6439_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stimulus_tags
    ADD CONSTRAINT programmes_stimulus__stimulus_id_475c6439_fk_programme FOREIGN KEY (stimulus_id) REFERENCES public.programmes_stimulus(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_stimulus_tags programmes_stimulus__stimulustag_id_7b21235c_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stimulus_tags
    ADD CONSTRAINT programmes_stimulus__stimulustag_id_7b21235c_fk_programme FOREIGN KEY (stimulustag_id) REFERENCES public.programmes_stimulustag(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_stimulus programmes_stimulus_created_by_id_f7d32763_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_stimulus
    ADD CONSTRAINT programmes_stimulus_created_by_id_f7d32763_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_workshop programmes_workshop_changed_by_id_f10d21f8_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_workshop
    ADD CONSTRAINT programmes_workshop_changed_by_id_f10d21f8_fk_accounts_user_id FOREIGN KEY (changed_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_workshop programmes_workshop_created_by_id_21b570c8_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_workshop
    ADD CONSTRAINT programmes_workshop_created_by_id_21b570c8_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_workshop programmes_workshop_project_id_97176b02_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_workshop
    ADD CONSTRAINT programmes_workshop_project_id_97176b02_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_workshop programmes_workshop_withdrawn_by_id_7a24c2b1_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_workshop
    ADD CONSTRAINT programmes_workshop_withdrawn_by_id_7a24c2b1_fk_accounts_ FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: programmes_workshopparticipant programmes_workshopp_workshop_id_dcd0b913_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.programmes_workshopparticipant
    ADD CONSTRAINT programmes_workshopp_workshop_id_dcd0b913_fk_programme FOREIGN KEY (workshop_id) REFERENCES public.programmes_workshop(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reports_monthlyreportoptout reports_monthlyrepor_person_id_72a64106_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_monthlyreportoptout
    ADD CONSTRAINT reports_monthlyrepor_person_id_72a64106_fk_accounts_ FOREIGN KEY (person_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reports_monthlyreportoptout reports_monthlyrepor_project_id_3482c675_fk_programme; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_monthlyreportoptout
    ADD CONSTRAINT reports_monthlyrepor_project_id_3482c675_fk_programme FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reports_report reports_report_field_trial_id_ecb879b6_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_report
    ADD CONSTRAINT reports_report_field_trial_id_ecb879b6_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reports_report reports_report_programme_id_554db874_fk_programmes_programme_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_report
    ADD CONSTRAINT reports_report_programme_id_554db874_fk_programmes_programme_id FOREIGN KEY (programme_id) REFERENCES public.programmes_programme(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reports_report reports_report_project_id_8c592e0e_fk_programmes_project_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_report
    ADD CONSTRAINT reports_report_project_id_8c592e0e_fk_programmes_project_id FOREIGN KEY (project_id) REFERENCES public.programmes_project(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reports_report reports_report_requested_by_id_0c7d4253_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_report
    ADD CONSTRAINT reports_report_requested_by_id_0c7d4253_fk_accounts_user_id FOREIGN KEY (requested_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: reports_report reports_report_withdrawn_by_id_658f4865_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.reports_report
    ADD CONSTRAINT reports_report_withdrawn_by_id_658f4865_fk_accounts_user_id FOREIGN KEY (withdrawn_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_answer toolkit_answer_participation_id_82547aaf_fk_toolkit_p; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_answer
    ADD CONSTRAINT toolkit_answer_participation_id_82547aaf_fk_toolkit_p FOREIGN KEY (participation_id) REFERENCES public.toolkit_participation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_exercise toolkit_exercise_concluded_by_id_a87c3333_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_exercise
    ADD CONSTRAINT toolkit_exercise_concluded_by_id_a87c3333_fk_accounts_user_id FOREIGN KEY (concluded_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_exercise toolkit_exercise_facilitator_id_ac933eaa_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_exercise
    ADD CONSTRAINT toolkit_exercise_facilitator_id_ac933eaa_fk_accounts_user_id FOREIGN KEY (facilitator_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_exercise toolkit_exercise_field_trial_id_c3383a21_fk_fieldtria; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_exercise
    ADD CONSTRAINT toolkit_exercise_field_trial_id_c3383a21_fk_fieldtria FOREIGN KEY (field_trial_id) REFERENCES public.fieldtrials_fieldtrial(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_exercise toolkit_exercise_local_authority_id_96cc6ab9_fk_accounts_; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_exercise
    ADD CONSTRAINT toolkit_exercise_local_authority_id_96cc6ab9_fk_accounts_ FOREIGN KEY (local_authority_id) REFERENCES public.accounts_organisation(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_exercise toolkit_exercise_tool_id_3adb54ae_fk_toolkit_tool_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_exercise
    ADD CONSTRAINT toolkit_exercise_tool_id_3adb54ae_fk_toolkit_tool_id FOREIGN KEY (tool_id) REFERENCES public.toolkit_tool(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_exercise toolkit_exercise_tool_version_id_3735a52a_fk_toolkit_t; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_exercise
    ADD CONSTRAINT toolkit_exercise_tool_version_id_3735a52a_fk_toolkit_t FOREIGN KEY (tool_version_id) REFERENCES public.toolkit_toolversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_exercise toolkit_exercise_workshop_id_6fd0392d_fk_programmes_workshop_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_exercise
    ADD CONSTRAINT toolkit_exercise_workshop_id_6fd0392d_fk_programmes_workshop_id FOREIGN KEY (workshop_id) REFERENCES public.programmes_workshop(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_participation toolkit_participatio_exercise_id_ff0a685e_fk_toolkit_e; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_participation
    ADD CONSTRAINT toolkit_participatio_exercise_id_ff0a685e_fk_toolkit_e FOREIGN KEY (exercise_id) REFERENCES public.toolkit_exercise(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_participation toolkit_participation_user_id_442fb1d5_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_participation
    ADD CONSTRAINT toolkit_participation_user_id_442fb1d5_fk_accounts_user_id FOREIGN KEY (user_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_tool toolkit_tool_latest_id_6e74540e_fk_toolkit_toolversion_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_tool
    ADD CONSTRAINT toolkit_tool_latest_id_6e74540e_fk_toolkit_toolversion_id FOREIGN KEY (latest_id) REFERENCES public.toolkit_toolversion(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_toolversion toolkit_toolversion_created_by_id_df4a4fa0_fk_accounts_user_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_toolversion
    ADD CONSTRAINT toolkit_toolversion_created_by_id_df4a4fa0_fk_accounts_user_id FOREIGN KEY (created_by_id) REFERENCES public.accounts_user(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: toolkit_toolversion toolkit_toolversion_tool_id_7517f0d7_fk_toolkit_tool_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.toolkit_toolversion
    ADD CONSTRAINT toolkit_toolversion_tool_id_7517f0d7_fk_toolkit_tool_id FOREIGN KEY (tool_id) REFERENCES public.toolkit_tool(id) DEFERRABLE INITIALLY DEFERRED;


--
-- PostgreSQL database dump complete
--


-- The database's own settings, which a dump does not carry (psql's -v dbname=...).
ALTER DATABASE :"dbname" SET random_page_cost TO '1.1';
